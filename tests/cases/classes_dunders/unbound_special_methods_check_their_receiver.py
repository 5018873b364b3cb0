# A built-in type's special method taken from the class refuses a receiver of another type
# (slot wrappers and ordinary methods word it differently); subclasses are accepted.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "!!", e)


class MyList(list):
    pass


class MyInt(int):
    pass


show("int.__add__(True, 1)", lambda: int.__add__(True, 1))
show("int.__add__(MyInt(2), 1)", lambda: int.__add__(MyInt(2), 1))
show("list.__len__(MyList([1, 2]))", lambda: list.__len__(MyList([1, 2])))
show("int.__repr__(True)", lambda: int.__repr__(True))
show("int.__add__('a', 1)", lambda: int.__add__("a", 1))
show("int.__add__(1.0, 1)", lambda: int.__add__(1.0, 1))
show("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0))
show("complex.__add__(1, 1.0)", lambda: complex.__add__(1, 1.0))
show("list.__len__((1,))", lambda: list.__len__((1,)))
show("str.__len__(5)", lambda: str.__len__(5))
show("dict.__len__([])", lambda: dict.__len__([]))
show("int.__repr__(1.0)", lambda: int.__repr__(1.0))
show("list.__eq__((1,), 0)", lambda: list.__eq__((1,), 0))
show("int.__lt__('a', 1)", lambda: int.__lt__("a", 1))
show("int.__neg__('a')", lambda: int.__neg__("a"))
show("int.__hash__('a')", lambda: int.__hash__("a"))
show("list.__iter__('a')", lambda: list.__iter__("a"))
show("list.__contains__('a', 'a')", lambda: list.__contains__("a", "a"))
show("list.__setitem__('a', 0, 1)", lambda: list.__setitem__("a", 0, 1))
show("list.__delitem__((1,), 0)", lambda: list.__delitem__((1,), 0))
show("list.__iadd__((1,), [1])", lambda: list.__iadd__((1,), [1]))
show("list.__add__((1,), [2])", lambda: list.__add__((1,), [2]))
show("list.__mul__((1,), 2)", lambda: list.__mul__((1,), 2))
show("str.__str__(1)", lambda: str.__str__(1))
show("str.__mod__(1, 2)", lambda: str.__mod__(1, 2))
show("int.__pow__('a', 2)", lambda: int.__pow__("a", 2))
show("int.__divmod__('a', 2)", lambda: int.__divmod__("a", 2))
show("int.__index__('a')", lambda: int.__index__("a"))
show("int.__float__('a')", lambda: int.__float__("a"))
show("float.__int__(1)", lambda: float.__int__(1))
show("dict.__or__([], {})", lambda: dict.__or__([], {}))
show("set.__ior__([], set())", lambda: set.__ior__([], set()))
show("frozenset.__or__(set(), set())", lambda: frozenset.__or__(set(), set()))
show("range.__len__([])", lambda: range.__len__([]))
show("list.__init__((1,))", lambda: list.__init__((1,)))
show("dict.__init__((1,))", lambda: dict.__init__((1,)))
show("list.__getitem__((1,), 0)", lambda: list.__getitem__((1,), 0))
show("dict.__contains__('a', 'a')", lambda: dict.__contains__("a", "a"))
show("list.__reversed__((1,))", lambda: list.__reversed__((1,)))
show("int.__round__(1.5)", lambda: int.__round__(1.5))
show("range.__reversed__([])", lambda: range.__reversed__([]))
show("int.bit_length('a')", lambda: int.bit_length("a"))
show("float.is_integer(1)", lambda: float.is_integer(1))
show("float.hex(1)", lambda: float.hex(1))
show("str.upper(5)", lambda: str.upper(5))
show("int.__add__()", lambda: int.__add__())
show("list.__len__()", lambda: list.__len__())
show("list.__getitem__()", lambda: list.__getitem__())
show("int.bit_length()", lambda: int.bit_length())
show("int.__add__(1, 2, 3)", lambda: int.__add__(1, 2, 3))
