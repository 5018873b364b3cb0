class Cleanup:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc)

def f():
    with Cleanup():
        return "returned"

print(f())
