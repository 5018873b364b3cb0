# Item assignment takes an int in range(0, 256); the index is checked first.
b = bytearray(b"abc")
b[0] = 65
b[-1] = 0x43
b[1] = True
print(b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def s(k, v):
    b[k] = v
    return b

t(lambda: s(0, 256))
t(lambda: s(0, -1))
t(lambda: s(0, 2**70))
t(lambda: s(0, "a"))
t(lambda: s(0, b"a"))
t(lambda: s(0, 1.0))
t(lambda: s(3, 1))
t(lambda: s(5, 300))
t(lambda: s(-4, 1))
t(lambda: s("x", 1))
t(lambda: s(0, 255))
