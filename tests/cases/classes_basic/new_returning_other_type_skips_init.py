class Weird:
    def __new__(cls, value):
        print("__new__", cls.__name__, value)
        if value < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, value):
        print("__init__", value)
        self.value = value

a = Weird(5)
print(type(a).__name__, a.value)
b = Weird(-1)
print(type(b).__name__, b)

class Sub(Weird):
    pass

c = Sub(3)
print(type(c).__name__, isinstance(c, Weird))
