class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        if self.name == "b":
            raise OSError("b failed to open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, repr(exc))

try:
    with CM("a"):
        with CM("b"):
            print("never")
except OSError as e:
    print("caught", e)
