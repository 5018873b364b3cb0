class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else "-")

try:
    with CM("outer"):
        with CM("middle"):
            with CM("inner"):
                raise ZeroDivisionError
except ZeroDivisionError:
    print("handled at top")
