from contextlib import contextmanager

@contextmanager
def empty():
    if False:
        yield

try:
    with empty():
        print("body")
except RuntimeError as e:
    print(e)
