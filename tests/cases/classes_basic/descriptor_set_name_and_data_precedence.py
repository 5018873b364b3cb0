class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Model:
    age = Typed()
    size = Typed()
m = Model()
print(m.age)
m.age = 5
print(m.age, vars(m), type(Model.age).__name__)
try:
    m.size = "big"
except TypeError as e:
    print(e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class H:
    attr = NonData()
h = H()
print(h.attr)
h.attr = "instance"
print(h.attr, H.attr)
