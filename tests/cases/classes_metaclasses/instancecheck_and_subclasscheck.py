# isinstance() and issubclass() ask the metaclass's __instancecheck__/__subclasscheck__
# (isinstance not when the type matches exactly), each member of a tuple in turn.
class Interface(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Interface):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(1, Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)), issubclass(Mallard, (str, Duck)))
