def f():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sets x =", x)

print(f())
