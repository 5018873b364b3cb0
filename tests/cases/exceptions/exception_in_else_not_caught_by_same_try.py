def f():
    try:
        x = 1
    except ZeroDivisionError:
        print("handler")
    else:
        return x / 0

try:
    f()
except ZeroDivisionError as e:
    print("caught outside:", e)
