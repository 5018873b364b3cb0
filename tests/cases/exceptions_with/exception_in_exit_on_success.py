class Broken:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type)
        raise RuntimeError("exit failed on success")

try:
    with Broken():
        print("body fine")
except RuntimeError as e:
    print(e, e.__context__)
