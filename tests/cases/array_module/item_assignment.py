# Item assignment converts like the constructor; the index is checked first.
from array import array as A
a = A("b", [1, 2, 3])
a[0] = -128
a[-1] = 127
print(a)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def s(k, v):
    a[k] = v
    return a

t(lambda: s(0, 128))
t(lambda: s(0, -129))
t(lambda: s(0, 2**15))
t(lambda: s(0, 2**70))
t(lambda: s(0, "x"))
t(lambda: s(0, 1.0))
t(lambda: s(3, 1))
t(lambda: s(5, 1000))
t(lambda: s("x", 1))
f = A("f", [0.0])
f[0] = 0.1
print(f, f[0] == 0.1)
u = A("u", "ab")
u[0] = "z"
print(u)
try:
    u[1] = "zz"
except TypeError as e:
    print(e)
