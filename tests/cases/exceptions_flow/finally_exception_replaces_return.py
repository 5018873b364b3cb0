def f():
    try:
        return "try"
    finally:
        raise ValueError("from finally")

try:
    print(f())
except ValueError as e:
    print("caught", e)
