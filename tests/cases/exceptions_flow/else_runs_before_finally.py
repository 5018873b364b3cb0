def f():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
    return "done"

print(f())
