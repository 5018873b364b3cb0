class Locked:
    def __enter__(self):
        raise PermissionError("locked")

    def __exit__(self, *exc):
        print("exit never runs")

with Locked():
    print("body never runs")
