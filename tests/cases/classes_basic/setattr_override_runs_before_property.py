class Logged:
    def __init__(self):
        self.x = 1

    @property
    def y(self):
        return self._y

    @y.setter
    def y(self, value):
        print("property setter", value)
        self._y = value

    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)

obj = Logged()
obj.y = 5
print(obj.y, sorted(obj.__dict__.items()))
del obj.x
print(sorted(vars(obj)))

class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")

r = ReadOnly()
object.__setattr__(r, "a", 1)
print(r.a)
r.b = 2
