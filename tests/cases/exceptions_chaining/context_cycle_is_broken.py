a = ValueError("a")
b = KeyError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except KeyError:
    pass
try:
    try:
        raise b
    except KeyError:
        raise a
except ValueError as e:
    print(repr(e.__context__))
    print(repr(e.__context__.__context__))
