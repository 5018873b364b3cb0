def f():
    try:
        return "from try"
    finally:
        print("finally runs before the caller sees the value")

print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i

print(g())
