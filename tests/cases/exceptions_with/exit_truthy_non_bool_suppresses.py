class Truthy:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.result

for result in [1, "yes", [0], 0, "", None]:
    try:
        with Truthy(result):
            raise KeyError("k")
        print(repr(result), "suppressed")
    except KeyError:
        print(repr(result), "propagated")
