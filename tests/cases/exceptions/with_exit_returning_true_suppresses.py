class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("suppressing", exc_type.__name__, exc)
        return True

with Suppress():
    print("before")
    1 / 0
    print("never")
print("after with")
