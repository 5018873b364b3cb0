from collections import OrderedDict


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return OrderedDict()


class A(metaclass=Ordered):
    x = 1
