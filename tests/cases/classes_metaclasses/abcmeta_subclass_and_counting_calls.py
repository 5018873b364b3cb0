# A metaclass derived from ABCMeta keeps abstract methods enforced; a metaclass __call__
# that counts instances per class; type.__call__ called directly; a metaclass's own
# __init_subclass__; a __new__ that returns something other than a class.
from abc import ABCMeta, abstractmethod


class LoggingABC(ABCMeta):
    def __new__(mcs, name, bases, ns):
        print("LoggingABC.__new__", name)
        return super().__new__(mcs, name, bases, ns)


class Shape(metaclass=LoggingABC):
    @abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print(e)
print(Square().area(), type(Square).__name__, isinstance(Square(), Shape))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)


class P(metaclass=Counted):
    def __init__(self, x):
        self.x = x


class Q(P):
    pass


P(1)
P(2)
Q(3)
print(P.instances, Q.instances)
try:
    P()
except TypeError as e:
    print(e)
print(P.instances, type.__call__(P, 5).x, P.instances)


class Announcing(type):
    def __init_subclass__(mcs, **kw):
        print("new metaclass", mcs.__name__)


class Sub(Announcing):
    pass


class Weird(type):
    def __new__(mcs, name, bases, ns):
        return 42


class W(metaclass=Weird):
    pass


print(W, type(W))
