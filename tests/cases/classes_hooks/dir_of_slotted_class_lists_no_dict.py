# dir() of a slotted class lists __dict__ / __weakref__ only when a slot or a base adds them.
class S:
    __slots__ = ("a",)


class SD:
    __slots__ = ("a", "__dict__")


class SW:
    __slots__ = ("a", "__weakref__")


class Sub(S):
    pass


class Plain:
    pass


base = set(dir(object))
for c in (S, SD, SW, Sub, Plain):
    print(c.__name__, [n for n in dir(c) if n not in base], dir(c) == dir(c()))
