try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ValueError("v") from TypeError("cause")
except ValueError as e:
    print(repr(e.__cause__))
    print(repr(e.__context__))
