# A list or tuple frees its items last to first (a dict and a frame's variables first to
# last): the suspended generators they hold are closed in that order, whether the
# container is deleted, rebound, cleared, or a local of a returning function. Deleting
# an extended slice frees its items first to last.
def gen(n):
    try:
        yield n
    finally:
        print("  closed", n)


def started(n):
    g = gen(n)
    next(g)
    return g


print("del list")
gens = [started(1), started(2), started(3)]
del gens
print("rebound list")
gens = [started(1), started(2), started(3)]
gens = None
print("list local to a returning function")


def f():
    gens = [started(1), started(2), started(3)]
    print("  returning")


f()
print("several locals")


def g():
    a = started(1)
    b = started(2)
    c = started(3)


g()
print("tuple")
t = (started(1), started(2), started(3))
del t
print("dict")
d = {"a": started(1), "b": started(2)}
del d
print("list.clear()")
items = [started(1), started(2), started(3)]
items.clear()
print("slice assignment")
items = [started(1), started(2), started(3), started(4)]
items[1:3] = []
print("  kept", len(items))
del items[:]
print("list *= 0")
items = [started(1), started(2), started(3)]
items *= 0
print("extended slice deletion: first to last, whatever the step")
items = [started(1), started(2), started(3), started(4)]
del items[::-2]
del items[:]
print("nested list")
nested = [[started(1), started(2)], started(3)]
del nested
print("a finally dropping more generators")


def dropper(n):
    try:
        yield n
    finally:
        more = [started(f"{n}.1"), started(f"{n}.2")]
        print("  closing", n)
        del more
        print("  closed", n)


d = [dropper("x"), dropper("y")]
for it in d:
    next(it)
del it
d = None
print("a closed generator's own locals are freed before the next one is closed")


def outer(n):
    held = started(f"{n}.inner")
    try:
        yield n
    finally:
        print("  closing outer", n)


pair = [outer("p"), outer("q")]
for it in pair:
    next(it)
del it
del pair
print("end")
