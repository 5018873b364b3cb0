def f():
    try:
        return "try"
    except Exception:
        pass
    else:
        print("else never")
    finally:
        print("finally")

print(f())
