class Opener:
    def __enter__(self):
        print("opening")
        return "resource"
    def __exit__(self, *args):
        print("closing", args)

class NoReturn:
    def __enter__(self):
        print("entered")
    def __exit__(self, *args):
        return None

with Opener() as r:
    print(r, type(r).__name__)

with NoReturn() as value:
    print(value)

mgr = Opener()
with mgr as a, NoReturn() as b:
    print(a, b)
