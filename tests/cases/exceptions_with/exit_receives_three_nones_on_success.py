class Spy:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type, exc, tb)

with Spy():
    print("body")
