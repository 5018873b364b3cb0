from contextlib import contextmanager

@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e

try:
    with translate():
        {}["x"]
except LookupError as e:
    print(repr(e), repr(e.__cause__))
