class Maybe:
    def __new__(cls, ok):
        if ok:
            return super().__new__(cls)

    def __init__(self, ok):
        print("init", ok)

print(Maybe(True) is not None)
print(Maybe(False))
