import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(x):
        return fn(x)
    return wrapper

@trace
def double(x):
    return x * 2

print(double(4))
double()
