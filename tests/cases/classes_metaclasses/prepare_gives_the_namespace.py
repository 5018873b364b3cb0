# __prepare__ makes the namespace the class body runs in (with the class keywords), so
# the body can read names it put there; __new__ and __init__ then get it.
class Prepared(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        print("__new__", name, list(ns))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name, kw)
        super().__init__(name, bases, ns)


class A(metaclass=Prepared, option=1):
    x = 1
    y = injected + 1


print(A.injected, A.y)


class Broken(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:

    class B(metaclass=Broken):
        pass

except TypeError as e:
    print("TypeError:", e)
