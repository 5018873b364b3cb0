def f(flag):
    try:
        print("try", flag)
        if flag:
            return "from try"
    except Exception:
        print("except")
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
    return "end"

print(f(True))
print(f(False))

def g():
    try:
        return "try"
    finally:
        print("finally sees return pending")
        return "finally"

print(g())
