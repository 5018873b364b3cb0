class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *exc):
        pass

with Pair() as (a, b):
    print(a, b)
