# The traceback of an exception keeps the frames it left, and so their variables: a
# suspended generator held only by a local of a function that raised is closed when the
# exception is freed (when the handler that caught it ends, its `as` name deleted), not
# when the function exits. Inner frames are freed first, each one's variables in order.
import contextlib
import sys


def gen(n):
    try:
        yield n
    finally:
        print("  closed", n)


def started(n):
    g = gen(n)
    next(g)
    return g


def leaf(tag):
    a = started(tag + "-a")
    b = started(tag + "-b")
    raise ValueError(tag)


def middle(tag):
    m = started(tag + "-m")
    leaf(tag)


print("plain except")
try:
    leaf("p")
except ValueError:
    print("  handler")
print("  after")

print("except as e, two statements")
try:
    leaf("e")
except ValueError as e:
    print("  handler")
    print("  handler again")
print("  after")

print("bare except")
try:
    leaf("b")
except:
    print("  handler")
print("  after")

print("nested frames")
try:
    middle("n")
except ValueError:
    print("  handler")
print("  after")

print("caught two calls up, then more in that function")


def catcher():
    try:
        middle("c")
    except ValueError:
        print("  handler")
    print("  rest of catcher")


catcher()
print("  after")

print("handled in the same function")


def same():
    g = started("same")
    try:
        raise ValueError
    except ValueError:
        print("  handler")
    print("  rest of function")


same()
print("  after")

print("return from the handler")


def returns():
    try:
        leaf("r")
    except ValueError:
        print("  handler")
        return "returned"


print(" ", returns())

print("bare raise, caught outside")
try:
    try:
        leaf("rr")
    except ValueError:
        print("  inner handler")
        raise
except ValueError:
    print("  outer handler")
print("  after")

print("raise from: the new exception holds the old one")
try:
    try:
        leaf("f")
    except ValueError as e:
        raise KeyError("k") from e
except KeyError:
    print("  outer handler")
print("  after")

print("try/finally around the call")
try:
    try:
        leaf("tf")
    finally:
        print("  finally")
except ValueError:
    print("  handler")
print("  after")

print("except then finally")
try:
    leaf("ef")
except ValueError:
    print("  handler")
finally:
    print("  finally")
print("  after")

print("in a loop")
for i in range(2):
    try:
        leaf(f"l{i}")
    except ValueError:
        print("  handler", i)
        if i == 0:
            continue
        break
print("  after")

print("the exception kept past the handler")
saved = None
try:
    leaf("k")
except ValueError as e:
    saved = e
    print("  handler")
print("  after handler")
saved = None
print("  after clearing")

print("sys.exc_info() kept")
try:
    leaf("x")
except ValueError:
    info = sys.exc_info()
print("  after handler")
del info
print("  after del")

print("with_traceback(None) lets the frames go")
try:
    leaf("w")
except ValueError as e:
    e.with_traceback(None)
    print("  handler end")
print("  after")

print("contextlib.suppress")
with contextlib.suppress(ValueError):
    leaf("s")
print("  after")

print("a generator's own frame")


def raising_gen():
    inner = started("g-inner")
    yield 1
    raise ValueError("from gen")


try:
    for x in raising_gen():
        print("  got", x)
except ValueError:
    print("  handler")
print("  after")

print("caught inside a builtin")


class It:
    def __iter__(self):
        return self

    def __next__(self):
        g = started("it")
        raise StopIteration


print("  next ->", next(It(), "default"))
print("end")
