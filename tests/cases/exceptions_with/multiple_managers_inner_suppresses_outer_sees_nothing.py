class CM:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(self.name, "saw", exc_type.__name__ if exc_type else None)
        return self.swallow

with CM("outer", False), CM("inner", True):
    raise KeyError("k")
print("after")
