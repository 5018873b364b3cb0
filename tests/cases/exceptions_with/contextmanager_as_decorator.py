from contextlib import contextmanager

@contextmanager
def announce():
    print("before call")
    yield
    print("after call")

@announce()
def work(x):
    print("working on", x)
    return x * 2

print(work(21))
