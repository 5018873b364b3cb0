# Indexing gives the item, slicing a new array of the same typecode.
from array import array as A
a = A("i", [10, 20, 30, 40, 50])
print(a[0], a[-1], a[True], a[1:3], a[::-1], a[::2], a[10:], a[:])
print(a[:] is a, type(a[1:]).__name__, a[1:].typecode)
u = A("u", "hey")
print(u[0], u[-1], u[1:])
d = A("d", [0.5, 1.5])
print(d[1], type(d[1]).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: a[5])
t(lambda: a[-6])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: a[2**70])
t(lambda: a[::0])
