from contextlib import contextmanager

@contextmanager
def managed():
    yield

with managed():
    {}["missing"]
