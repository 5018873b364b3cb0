class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise ValueError(f"cannot enter {self.name}")
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)

try:
    with CM("first"), CM("second", fail=True), CM("third"):
        print("body")
except ValueError as e:
    print("caught", e)
