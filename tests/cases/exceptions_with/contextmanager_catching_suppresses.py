from contextlib import contextmanager

@contextmanager
def ignore_value_errors():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with ignore_value_errors():
    int("x")
print("continues")
