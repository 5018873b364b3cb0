class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc, tb is not None)
        return False

with Tracker("first") as t:
    print("body", t.name)

try:
    with Tracker("second"):
        print("body 2")
        {}["missing"]
        print("never")
except KeyError as e:
    print("caught", repr(e))
print("done")
