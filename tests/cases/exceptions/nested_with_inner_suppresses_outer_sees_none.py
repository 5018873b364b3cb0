class CM:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

with CM("outer", False):
    with CM("inner", True):
        raise IndexError("x")
    print("after inner")

with CM("a", False), CM("b", True), CM("c", False):
    raise TypeError("y")
print("end")
