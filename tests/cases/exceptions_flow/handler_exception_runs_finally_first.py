def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("finally before propagation")

try:
    f()
except TypeError as e:
    print("caught", e)
