# input() reads a replaced sys.stdin with its readline() (the usual way to feed a program
# canned input), and writes its prompt to a replaced sys.stdout (so redirect_stdout
# captures it); a stream set to None is "lost".
import io
import sys
from contextlib import redirect_stdout

sys.stdin = io.StringIO("3\n4\nlast")
a = int(input())
b = int(input("b? "))
print()
print(a + b, repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)

sys.stdin = io.StringIO("Ann\n")
buf = io.StringIO()
with redirect_stdout(buf):
    name = input("Name? ")
print(repr(name), repr(buf.getvalue()))

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = sys.__stdin__
