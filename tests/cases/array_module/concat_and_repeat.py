# +, *, += and *= with arrays; += changes the array every name is bound to.
from array import array as A
a = A("i", [1, 2])
print(a + A("i", [3]), a * 2, 2 * a, a * 0, a * -1)
b = a
b += A("i", [9])
print(a, a is b)
b *= 2
print(a, a is b)
c = a + A("i")
print(c is a, c == a)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: a + [3])
t(lambda: a + A("d", [3]))
t(lambda: [3] + a)
t(lambda: a * "x")
t(lambda: "x" * a)
t(lambda: a * 1.5)
def iadd(v):
    global a
    a += v
    return a
t(lambda: iadd([1]))
t(lambda: iadd(A("d")))
print(a)
