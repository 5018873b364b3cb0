# Assigning __name__, __qualname__, __doc__, __module__ or __annotations__ sets the
# function's own fields: __dict__ only holds other attributes (functools.wraps adds
# __wrapped__ and the wrapped function's __dict__ entries).
import functools

def f():
    pass

f.__name__ = "g"
f.__qualname__ = "Q"
f.__doc__ = "d"
f.__module__ = "m"
f.custom = 1
print(f.__dict__, f.__name__, f.__qualname__, f.__doc__, f.__module__)

def orig(x: int) -> str:
    "doc"

orig.extra = 5

@functools.wraps(orig)
def wrapper(*args):
    return orig(*args)

print(sorted(wrapper.__dict__), wrapper.__name__, wrapper.__doc__, wrapper.__annotations__)
h = lambda: 0
h.__annotations__ = {"a": 1}
print(h.__annotations__, h.__dict__)
h.__annotations__ = None
print(h.__annotations__)
try:
    h.__annotations__ = 5
except TypeError as e:
    print(e)
