def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b

print(add(1, b=2))
print(add.__name__, add.__doc__)
