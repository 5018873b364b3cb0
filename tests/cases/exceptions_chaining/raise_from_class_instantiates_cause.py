try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
