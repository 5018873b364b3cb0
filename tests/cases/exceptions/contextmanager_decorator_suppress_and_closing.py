from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

with managed("a") as value:
    print("body", value)
print(managed.__name__, type(managed("x")).__name__)

@managed("as decorator")
def decorated(n):
    print("inside decorated", n)
    return n * 2

print(decorated(1), decorated(2))

@contextmanager
def yields_twice():
    yield 1
    yield 2

@contextmanager
def never_yields():
    if False:
        yield

for cm in (yields_twice, never_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

class Resource:
    def close(self):
        print("closed")

with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("suppressed")

with managed("outer"):
    with managed("inner"):
        [][0]
