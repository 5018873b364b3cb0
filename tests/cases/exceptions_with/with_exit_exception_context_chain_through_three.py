class Fails:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"{self.name} exit failed")

try:
    with Fails("outer"), Fails("inner"):
        raise ValueError("body")
except RuntimeError as e:
    chain = []
    while e:
        chain.append(str(e))
        e = e.__context__
    print(chain)
