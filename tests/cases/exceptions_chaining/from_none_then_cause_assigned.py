try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    e.__cause__ = TypeError("c")
    print(e.__suppress_context__, repr(e.__cause__))
