class Quiet:
    def __enter__(self):
        pass

    def __exit__(self, *exc):
        pass

with Quiet() as q:
    print(q)
