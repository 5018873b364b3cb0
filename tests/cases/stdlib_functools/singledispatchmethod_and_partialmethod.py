# singledispatchmethod dispatches on the first argument after self; partialmethod
# pre-fills a method's arguments, and later keywords override its keywords.
from functools import partialmethod, singledispatchmethod


class Num:
    @singledispatchmethod
    def add(self, other):
        return f"cannot add {type(other).__name__}"

    @add.register
    def _(self, other: int):
        return f"int {other}"

    @add.register(str)
    def _(self, other):
        return f"str {other!r}"


n = Num()
print(n.add(1), n.add("x"), n.add(1.5), Num.add.__name__)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, alive, why="?"):
        self.state = (alive, why)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, why="old age")


c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)
c.set_dead(why="magic")
print(c.state)
print(type(Cell.__dict__["set_alive"]).__name__, partialmethod.__module__)
try:
    partialmethod(42)
except TypeError as e:
    print(e)
