import sys

class Peek:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(sys.exception() is exc)
        return True

with Peek():
    raise ValueError("v")
