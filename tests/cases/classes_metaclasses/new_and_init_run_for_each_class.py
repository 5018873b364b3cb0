# A metaclass's __new__ and __init__ run for the class statement that names it and for
# every subclass after; the namespace can be changed before type.__new__ builds the class,
# class keywords reach both, and the metaclass's methods are the classes' (not their
# instances').
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        own = sorted(k for k in ns if not k.startswith("__"))
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], own, kw)
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"{cls.__name__} is a {type(cls).__name__}"


class Base(metaclass=Meta):
    x = 1

    def hello(self):
        return "hello from " + type(self).__name__


class Child(Base, flavour="spicy"):
    def hello(self):
        return super().hello() + "!"


print(Base.created_by, Child.created_by, Child.x)
print(Base.describe(), Child.describe(), Meta.describe(Child))
print(Child().hello(), type(Child) is Meta)
try:
    Child().describe()
except AttributeError as e:
    print(e)
print([c.__name__ for c in Meta.__mro__], Child.mro() == list(Child.__mro__))
