from abc import ABCMeta, abstractmethod

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"

print(Impl.create().name, Impl.helper())
try:
    Base()
except TypeError as e:
    print(e)
print(type(Base).__name__, type(Base).__module__, isinstance(Base, type))
X = ABCMeta("X", (), {"f": abstractmethod(lambda self: 1)})
try:
    X()
except TypeError as e:
    print(e)
class Plain:
    @abstractmethod
    def f(self): ...
print(type(Plain()).__name__)
