# One array of each typecode, its itemsize and its repr.
import array
from array import array as A
print(array.typecodes, array.ArrayType is A, A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, a, len(a))
print(A("b", [-128, 0, 127]), A("B", [0, 255]), A("h", [-32768, 32767]), A("H", [65535]))
print(A("i", [-2**31, 2**31 - 1]), A("I", [2**32 - 1]), A("l", [-2**63]), A("L", [2**64 - 1]))
print(A("q", [2**63 - 1]), A("Q", [2**64 - 1]), A("d", [1, 2.5, -0.0]), A("f", [0.1, 1.5]))
print(A("u", "héllo"), A("u", ["a", "b"]), A("i", [True, False]))
print(A("i", range(4)), A("d", (x / 2 for x in range(3))), A("i", A("i", [1, 2])), A("d", A("i", [1, 2])))
print(A("b", b"\x01\xff"), A("h", b"\x01\x00\xff\xff"), A("i", bytearray(b"\x02\x00\x00\x00")))
print(A("d", b"\x00\x00\x00\x00\x00\x00\xf8?"), A("u", A("u", "xy")))
