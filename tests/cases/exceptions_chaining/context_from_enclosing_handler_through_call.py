def helper():
    raise ValueError("in helper")

try:
    raise KeyError("outer")
except KeyError:
    try:
        helper()
    except ValueError as e:
        print(repr(e.__context__))
