class LoggedAccess:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = getattr(obj, self.private)
        print(f"get {self.public} -> {value}")
        return value
    def __set__(self, obj, value):
        print(f"set {self.public} = {value}")
        setattr(obj, self.private, value)
class Person:
    name = LoggedAccess()
    age = LoggedAccess()
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def birthday(self):
        self.age += 1
p = Person("ann", 30)
p.birthday()
print(vars(p), Person.name.public)
