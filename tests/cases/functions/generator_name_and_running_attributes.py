# A generator's __name__/__qualname__ come from its function; gi_running is true only
# while its own frame runs, gi_suspended while it waits at a yield.
def gen():
    yield g.gi_running
    yield g.gi_suspended


g = gen()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended)
print(next(g), g.gi_suspended)
print(next(g), g.gi_running)
print(list(g), g.gi_suspended, g.gi_running)
print((x for x in []).__name__, (x for x in []).__qualname__)


def outer():
    def inner():
        yield

    return inner()


print(outer().__name__, outer().__qualname__)
