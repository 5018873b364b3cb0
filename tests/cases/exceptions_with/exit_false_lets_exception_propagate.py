class Logger:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        return False

try:
    with Logger():
        [][0]
except IndexError as e:
    print("caller caught", e)
