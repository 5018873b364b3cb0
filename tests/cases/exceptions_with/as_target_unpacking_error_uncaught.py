class Pair:
    def __enter__(self):
        return [1]

    def __exit__(self, exc_type, exc, tb):
        print("exit runs first:", exc_type.__name__)

with Pair() as (first, second):
    pass
