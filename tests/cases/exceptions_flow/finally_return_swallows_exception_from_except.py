def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from handler")
    finally:
        return "finally wins"

print(f())
