# object.__getstate__ (new in 3.11): the live __dict__, None when it is empty or absent,
# paired with the set slots (declaration order along the MRO, private names mangled);
# an override can extend it through super(), and copy hands __setstate__ the same shape.
import copy


class Plain:
    def __init__(self):
        self.x = 1


p = Plain()
print(p.__getstate__() is p.__dict__, p.__getstate__())
print(object().__getstate__(), (1).__getstate__(), [1].__getstate__())


class Empty:
    pass


print(Empty().__getstate__())


class Slots:
    __slots__ = ("b", "a", "__p", "unset")

    def __init__(self):
        self.a = 1
        self.b = 2
        self.__p = 3


print(Slots().__getstate__())


class MoreSlots(Slots):
    __slots__ = ("c", "__dict__")


m = MoreSlots()
m.c = 5
print(m.__getstate__())
m.z = 1
print(m.__getstate__())


class NoSlots(Slots):
    pass


print(NoSlots().__getstate__())


class Sub(list):
    pass


s = Sub([1])
print(s.__getstate__())
s.q = 2
print(s.__getstate__())


class Cached:
    def __init__(self):
        self.v = 1
        self.tmp = "big"

    def __getstate__(self):
        state = super().__getstate__().copy()
        del state["tmp"]
        return state


print(copy.copy(Cached()).__dict__, copy.deepcopy(Cached()).__dict__)


class Shown:
    __slots__ = ("b", "a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2
        self.z = 0

    def __setstate__(self, state):
        print("setstate", state)


copy.copy(Shown())
copy.deepcopy(Shown())

try:
    object.__getstate__()
except TypeError as e:
    print(e)
