class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, *exc):
        print("exit")

try:
    with CM():
        raise ValueError("x")
except ValueError:
    print("except")
finally:
    print("finally")
