from contextlib import contextmanager

@contextmanager
def managed():
    print("acquire")
    try:
        yield
    finally:
        print("release")

try:
    with managed():
        raise KeyError("k")
except KeyError:
    print("handled")
