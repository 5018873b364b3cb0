# `+` and `*` on sequences: both operands' __add__/__radd__ (or __mul__/__rmul__) come
# first, the sequence's own concat or repeat last, with its TypeError; subclasses of the
# built-in sequences behave the same, and a subclass defining __add__ loses the concat.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "!!", type(e).__name__, e)


class R:
    def __radd__(self, other):
        return ("R.__radd__", other)

    def __rmul__(self, other):
        return ("R.__rmul__", other)


class N:
    pass


class Idx:
    def __index__(self):
        return 2


class L(list):
    pass


class LR(list):
    def __radd__(self, other):
        return ("LR.__radd__", other)


class LN(list):
    def __add__(self, other):
        return NotImplemented


class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


show("[1] + R()", lambda: [1] + R())
show("[1] + N()", lambda: [1] + N())
show("[1] + LR([2])", lambda: [1] + LR([2]))
show("(1,) + LR([2])", lambda: (1,) + LR([2]))
show("L([1]) + R()", lambda: L([1]) + R())
show("L([1]) + N()", lambda: L([1]) + N())
show("L([1]) + (2,)", lambda: L([1]) + (2,))
show("L([1]) + [2]", lambda: L([1]) + [2])
show("[1] + L([2])", lambda: [1] + L([2]))
show("T((1,)) + [2]", lambda: T((1,)) + [2])
show("S('a') + 1", lambda: S("a") + 1)
show("1 + S('a')", lambda: 1 + S("a"))
show("B(b'a') + 1", lambda: B(b"a") + 1)
show("LN([1]) + [2]", lambda: LN([1]) + [2])
show("LR([1]) + [2]", lambda: LR([1]) + [2])
show("L([1]) * R()", lambda: L([1]) * R())
show("L([1]) * N()", lambda: L([1]) * N())
show("L([1]) * Idx()", lambda: L([1]) * Idx())
show("Idx() * L([1])", lambda: Idx() * L([1]))
show("L([1]) * 'x'", lambda: L([1]) * "x")
show("'x' * L([1])", lambda: "x" * L([1]))
show("2 * L([1])", lambda: 2 * L([1]))
show("[1] * 2.0", lambda: [1] * 2.0)
show("'a' * R()", lambda: "a" * R())
show("'a' + N()", lambda: "a" + N())
show("b'a' + N()", lambda: b"a" + N())


def inplace(label, x, y, op):
    try:
        before = x
        if op == "+":
            x += y
        else:
            x *= y
        print(label, "->", repr(x), x is before, type(x).__name__)
    except TypeError as e:
        print(label, "!!", type(e).__name__, e)


inplace("list += R()", [1], R(), "+")
inplace("list *= R()", [1], R(), "*")
inplace("list += iter", [1], iter([2]), "+")
inplace("list *= Idx()", [1], Idx(), "*")
inplace("L += tuple", L([1]), (2,), "+")
inplace("L += R()", L([1]), R(), "+")
inplace("L *= R()", L([1]), R(), "*")
inplace("L += 1", L([1]), 1, "+")
inplace("L *= 2", L([1]), 2, "*")
inplace("L *= 'a'", L([1]), "a", "*")
inplace("T += list", T((1,)), [2], "+")
inplace("S += 1", S("a"), 1, "+")
