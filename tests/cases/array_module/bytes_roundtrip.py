# tobytes and frombytes use the machine's byte order (little-endian here).
from array import array as A
print(A("h", [1, -2]).tobytes(), A("i", [256]).tobytes(), A("d", [1.5]).tobytes())
print(A("u", "hi").tobytes(), A("B", [255]).tobytes(), A("Q", [2**64 - 1]).tobytes())
a = A("H")
a.frombytes(b"\x01\x00\x02\x00")
a.frombytes(bytearray(b"\xff\xff"))
print(a)
print(A("f", A("f", [0.25, -1.0]).tobytes()), A("q", A("q", [-5]).tobytes()))
s = A("i", [1, 256])
s.byteswap()
print(s)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: a.frombytes("x"))
t(lambda: a.frombytes(b"123"))
t(lambda: a.tobytes(1))
