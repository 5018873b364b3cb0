# + and * make new objects; the result has the left operand's type.
a = bytearray(b"ab")
print(a + b"cd", a + bytearray(b"ef"), b"xy" + a)
print(type(a + b"").__name__, type(b"" + a).__name__)
empty = a + b""
print(empty is a, empty == a)
print(a * 3, 2 * a, a * 0, a * -1, a * True)
once = a * 1
print(once is a, once)
print(a)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: a + 1)
t(lambda: a + "x")
t(lambda: a + [1])
t(lambda: 1 + a)
t(lambda: "x" + a)
t(lambda: a * "x")
t(lambda: a * 1.5)
t(lambda: a * 2**70)
t(lambda: a - a)
