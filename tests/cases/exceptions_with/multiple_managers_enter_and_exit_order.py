class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
