def f():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        return "finally"

print(f())
