# Slices take only arrays of the same typecode; del works on items and slices.
from array import array as A
a = A("i", [1, 2, 3, 4, 5])
a[1:3] = A("i", [7, 8, 9])
print(a)
a[::2] = A("i", [0, 0, 0])
print(a)
a[5:] = a
print(a)
a[::-3] = A("i", [6, 6, 6, 6])
print(a)
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[1:]
print(a)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def s(k, v):
    a[k] = v
    return a

def d(k):
    del a[k]
    return a

t(lambda: s(slice(0, 1), [5]))
t(lambda: s(slice(0, 1), A("d", [5])))
t(lambda: s(slice(None, None, 2), A("i", [1, 2, 3])))
t(lambda: d(5))
t(lambda: d("x"))
