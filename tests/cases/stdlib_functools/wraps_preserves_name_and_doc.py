import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

def unlogged(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@unlogged
def sub(a, b):
    """Subtract."""
    return a - b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(sub(5, 3), sub.__name__, sub.__doc__)
