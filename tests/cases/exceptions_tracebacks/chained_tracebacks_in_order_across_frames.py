def inner():
    raise KeyError("inner")

def middle():
    try:
        inner()
    except KeyError:
        raise ValueError("middle")

def outer():
    try:
        middle()
    except ValueError as e:
        raise RuntimeError("outer") from e

outer()
