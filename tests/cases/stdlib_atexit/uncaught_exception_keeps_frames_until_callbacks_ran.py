# The exception that ends the program keeps the frames it left until the atexit callbacks
# have run: a generator held by a local of such a frame is closed after them (innermost
# frame first), then the ones still referenced from globals.
import atexit


def gen(n):
    try:
        yield n
    finally:
        print("closed", n)


def inner():
    g = gen("inner")
    next(g)
    raise ValueError("uncaught")


def outer():
    g = gen("outer")
    next(g)
    inner()


atexit.register(print, "atexit callback")
kept = gen("global")
next(kept)
outer()
