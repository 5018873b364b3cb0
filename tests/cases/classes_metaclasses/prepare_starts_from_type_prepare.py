# type.__prepare__ gives a fresh empty dict, which a metaclass's own __prepare__ can start
# from with super() and fill before the class body runs.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print(type(ns).__name__, ns)
        ns["helper"] = lambda self: "helped " + type(self).__name__
        return ns
class A(metaclass=Meta):
    pass
print(A().helper(), type.__prepare__("X", ()), type.__prepare__())
class Plain(type):
    pass
print(Plain.__prepare__("Y", (), extra=1))
