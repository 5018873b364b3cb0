class Pair:
    def __enter__(self):
        print("enter")
        return (1, 2, 3)

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__, "-", exc)
        return True

with Pair() as (first, second):
    print("body never runs")
print("after: __exit__ swallowed the unpacking error")
