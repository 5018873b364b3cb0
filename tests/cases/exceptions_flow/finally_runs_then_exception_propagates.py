def f():
    try:
        raise ValueError("bad")
    finally:
        print("cleanup ran")

try:
    f()
except ValueError as e:
    print("caught", e)
