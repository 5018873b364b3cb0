try:
    try:
        raise KeyError("one")
    except KeyError:
        raise ValueError("two")
except ValueError:
    raise TypeError("three")
