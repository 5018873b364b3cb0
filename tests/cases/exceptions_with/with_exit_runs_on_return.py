class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit on return, exc =", exc)

def f():
    with CM():
        return "value"

print(f())
