class Fails:
    def __enter__(self):
        print("enter")
        raise RuntimeError("cannot enter")
    def __exit__(self, *exc):
        print("exit never runs")

try:
    with Fails():
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
