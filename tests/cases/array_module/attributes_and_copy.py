# typecode and itemsize are read-only; an array takes no attributes of its own; copies.
import copy
from array import array as A
a = A("i", [1, 2])
print(a.typecode, a.itemsize, type(a).__name__, type(a), isinstance(a, A))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def set_typecode():
    a.typecode = "d"
def set_x():
    a.x = 1
t(set_typecode)
t(set_x)
t(lambda: a.x)
c = copy.copy(a)
d = copy.deepcopy([a, a])
c.append(3)
print(a, c, c is a, d, d[0] is d[1], d[0] is a)
