def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
g = gen()
next(g)
try:
    raise ValueError("caller")
except ValueError as e:
    print(repr(e.__context__))
try:
    raise TypeError("t")
except TypeError:
    try:
        next(g)
    except StopIteration:
        pass
    import sys
    print(repr(sys.exception()))
