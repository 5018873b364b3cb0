def f():
    try:
        raise KeyError("body")
    finally:
        raise ValueError("finally")

try:
    f()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
