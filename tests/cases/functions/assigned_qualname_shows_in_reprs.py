# A function's repr uses its current __qualname__, which can be reassigned
# (namedtuple does this for its methods).
from collections import namedtuple


def f():
    pass


f.__qualname__ = "Outer.inner"
print(repr(f)[: len("<function Outer.inner")])


class A:
    def m(self):
        pass


A.m.__qualname__ = "Renamed.m"
print(repr(A().m)[: len("<bound method Renamed.m")])

P = namedtuple("P", "x y")
p = P(1, 2)
print(p._replace)
print(P._asdict.__qualname__)
