def f():
    try:
        return 1
    finally:
        try:
            raise ValueError("in finally")
        except ValueError:
            print("handled inside finally")

print(f())
