# `with` always runs __exit__, and __exit__ can decide to swallow the exception.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "after", exc_type.__name__ if exc_type else "no error")
        return exc_type is KeyError


with Resource("db") as r, Resource("log"):
    print("using", r.name)

with Resource("cache"):
    {}["missing"]
print("KeyError was swallowed")
