from contextlib import contextmanager

@contextmanager
def managed():
    print("setup")
    yield
    print("teardown (skipped on error)")

try:
    with managed():
        raise ValueError("body")
except ValueError as e:
    print("caught", e)
