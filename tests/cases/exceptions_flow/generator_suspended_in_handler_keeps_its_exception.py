import sys
def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()

g = gen()
print(repr(next(g)))
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(g)))
print(repr(next(g)))
print(repr(sys.exception()))
