def f():
    try:
        raise KeyError("body")
    finally:
        print("cleaning up")
        raise ValueError("cleanup failed")

f()
