# deque's methods called through the class check their receiver first (method
# descriptors and slot wrappers word it differently); its special methods take a fixed
# number of arguments; __new__ and __init__ check theirs.
from collections import deque

d = deque([1, 2])


def attempt(label, f):
    try:
        print(label, "->", f())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("deque.append([], 1)", lambda: deque.append([], 1))
attempt("deque.copy(5)", lambda: deque.copy(5))
attempt("deque.__len__()", lambda: deque.__len__())
attempt("deque.__len__(5)", lambda: deque.__len__(5))
attempt("d.__len__(1)", lambda: d.__len__(1))
attempt("d.__len__(x=1)", lambda: d.__len__(x=1))
attempt("d.__getitem__()", lambda: d.__getitem__())
attempt("d.__setitem__(0)", lambda: d.__setitem__(0))
attempt("d.__eq__()", lambda: d.__eq__())
attempt("d.__eq__([1, 2])", lambda: d.__eq__([1, 2]))
attempt("d.__add__([3])", lambda: d.__add__([3]))
attempt("deque.__repr__(5)", lambda: deque.__repr__(5))
attempt("deque.__init__()", lambda: deque.__init__())
attempt("deque.__init__(5)", lambda: deque.__init__(5))
attempt("deque.__new__()", lambda: deque.__new__())
attempt("deque.__new__(5)", lambda: deque.__new__(5))
attempt("deque.__new__(int)", lambda: deque.__new__(int))
attempt("object.__new__(deque)", lambda: object.__new__(deque))


class Sub(deque):
    pass


attempt("object.__new__(Sub)", lambda: object.__new__(Sub))
attempt("deque.maxlen.__get__(5)", lambda: deque.maxlen.__get__(5))
attempt("d.__init__([7], 1)", lambda: (d.__init__([7], 1), d)[1])
attempt("d.__init__(maxlen=-2)", lambda: d.__init__(maxlen=-2))
attempt("d.__len__()", lambda: d.__len__())
attempt("d.__getitem__(0)", lambda: d.__getitem__(0))
attempt("d.__contains__(7)", lambda: d.__contains__(7))
attempt("d.__iadd__([8])", lambda: d.__iadd__([8]))
attempt("d.__reversed__()", lambda: list(d.__reversed__()))
attempt("d.extend(5)", lambda: d.extend(5))
attempt("deque(5)", lambda: deque(5))
