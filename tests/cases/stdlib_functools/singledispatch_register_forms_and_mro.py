# singledispatch picks the implementation registered for the first argument's class, or
# the nearest one in its MRO (bool finds int); register takes a class, an annotation
# (a union registers each member) or is stacked; registry and dispatch() show the choice.
from functools import singledispatch


@singledispatch
def fmt(x):
    return f"? {x!r}"


@fmt.register
def _(x: int):
    return f"int:{x}"


@fmt.register
def _(x: float | complex):
    return f"num:{x}"


@fmt.register(list)
@fmt.register(tuple)
def _(x):
    return "[" + ", ".join(fmt(i) for i in x) + "]"


@fmt.register(dict)
def fmt_dict(x):
    return "{" + ", ".join(f"{k}={fmt(v)}" for k, v in x.items()) + "}"


print(fmt(3), fmt(True), fmt(2.5), fmt(1j), fmt("s"))
print(fmt([1, (2.0, "a")]), fmt({"k": [None]}))
print(fmt.dispatch(bool).__name__, fmt.dispatch(str).__name__, fmt.__name__, fmt_dict.__name__)
print(sorted(t.__name__ for t in fmt.registry), type(fmt.registry).__name__)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@singledispatch
def speak(a):
    return "..."


@speak.register
def _(a: Animal):
    return "generic animal noise"


@speak.register
def _(a: Dog):
    return "woof"


print(speak(Animal()), speak(Puppy()), speak(1))
try:
    speak()
except TypeError as e:
    print(e)
try:
    speak.register(3, lambda a: a)
except TypeError as e:
    print(e)
try:
    @speak.register
    def _(a):
        pass
except TypeError as e:
    print(str(e).split(":")[0])
