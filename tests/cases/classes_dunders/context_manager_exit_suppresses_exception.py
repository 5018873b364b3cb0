class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kind):
            print("suppressed", repr(exc))
            return True
        return False

with Suppress(KeyError):
    {}["missing"]
print("after first with")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
