try:
    raise KeyError("handled")
except KeyError:
    pass

try:
    raise ValueError("later")
except ValueError as e:
    print(e.__context__)
