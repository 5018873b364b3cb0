class Broken:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

with Broken():
    raise ValueError("body failed")
