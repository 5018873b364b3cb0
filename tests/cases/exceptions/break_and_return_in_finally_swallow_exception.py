def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "loop ended, exception gone"

print(f())

def g():
    while True:
        try:
            return "from try"
        finally:
            print("finally before return")

print(g())
