class X:
    def __iadd__(self, other):
        print("__iadd__")
        return NotImplemented

    def __add__(self, other):
        print("__add__")
        return "added"

x = X()
x += 1
print(x)
