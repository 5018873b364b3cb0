import sys

def gen():
    # No handler of its own: the generator sees the exception its caller is handling.
    yield repr(sys.exception())

g = gen()
try:
    raise KeyError("k")
except KeyError:
    print(next(g))
print(repr(sys.exception()))
