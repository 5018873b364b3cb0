# A sequence's __add__/__mul__ called directly is its concat/repeat slot: another type is a
# TypeError, not NotImplemented (only the + and * operators try the other operand first).


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "!!", type(e).__name__, e)
    except OverflowError as e:
        print(label, "!!", type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


class L(list):
    pass


class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


class R:
    def __radd__(self, other):
        return "R.__radd__"


show("list + tuple", lambda: [1].__add__((2,)))
show("list + list", lambda: [1].__add__([2]))
show("list + subclass", lambda: [1].__add__(L([2])))
show("list + R", lambda: [1].__add__(R()))
show("subclass + tuple", lambda: L([1]).__add__((2,)))
show("tuple + list", lambda: (1,).__add__([2]))
show("tuple + subclass", lambda: (1,).__add__(T((2,))))
show("str + int", lambda: "a".__add__(1))
show("str + bytes", lambda: "a".__add__(b"x"))
show("str + subclass", lambda: "a".__add__(S("b")))
show("str + R", lambda: "a".__add__(R()))
show("bytes + int", lambda: b"a".__add__(1))
show("bytes + str", lambda: b"a".__add__("x"))
show("bytes + bytearray", lambda: b"a".__add__(bytearray(b"b")))
show("bytes subclass + int", lambda: B(b"a").__add__(1))
show("list * str", lambda: [1].__mul__("x"))
show("list * float", lambda: [1].__mul__(1.5))
show("list * 2", lambda: [1].__mul__(2))
show("list * -1", lambda: [1].__mul__(-1))
show("list rmul str", lambda: [1].__rmul__("x"))
show("list rmul 3", lambda: [1].__rmul__(3))
show("tuple * str", lambda: (1,).__mul__("x"))
show("tuple * R", lambda: (1,).__mul__(R()))
show("str * str", lambda: "a".__mul__("x"))
show("str * index", lambda: "a".__mul__(Idx()))
show("str * True", lambda: "a".__mul__(True))
show("str * huge", lambda: "a".__mul__(10**30))
show("str rmul str", lambda: "a".__rmul__("x"))
show("bytes * str", lambda: b"a".__mul__("x"))
show("list imul str", lambda: [1].__imul__("x"))
show("list imul index", lambda: [1].__imul__(Idx()))
show("list iadd tuple", lambda: [1].__iadd__((2,)))
show("list iadd int", lambda: [1].__iadd__(1))
show("int * list", lambda: (2).__mul__([1]))
show("int rmul str", lambda: (2).__rmul__("ab"))
show("float * list", lambda: (2.0).__mul__([1]))
show("set |= int", lambda: set().__ior__(1))
show("set |= set", lambda: {1}.__ior__({2}))
show("dict |= int", lambda: {}.__ior__(1))
