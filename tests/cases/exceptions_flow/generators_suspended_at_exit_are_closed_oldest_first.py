# CPython closes the generators still suspended when the program ends, oldest first:
# their finally blocks and with-exits run after the last line of the module.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__)
        return False


def reader(name):
    with Resource(name) as r:
        yield r.name + ":1"
        yield r.name + ":2"


def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("countdown finally at", n)


class Holder:
    def __init__(self):
        self.gen = countdown(9)
        next(self.gen)


first = reader("a")
print(next(first))
never_started = countdown(5)
exhausted = countdown(1)
print(list(exhausted))
holder = Holder()
later = []
later.append(countdown(3))
print(next(later[0]), next(later[0]))
second = reader("b")
print(next(second), next(second))
print("last line of the module")
