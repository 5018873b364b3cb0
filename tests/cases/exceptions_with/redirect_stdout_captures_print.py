# redirect_stdout swaps sys.stdout, and print follows it: plain print, print(file=
# sys.stdout) and sys.stdout.write all land in the buffer until the with ends, even
# when it ends with an exception; nested redirects restore in order.
import io
import sys
from contextlib import redirect_stdout

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("one", end="")
    sys.stdout.write("|two|")
    print("three", file=sys.stdout)
    print(target is buf)
print(repr(buf.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise KeyError("k")
except KeyError:
    print("restored after error:", sys.stdout is sys.__stdout__)
