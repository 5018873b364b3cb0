# bytearray compares with bytes and bytearray by content, never with str or ints.
a = bytearray(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), a != b"abd")
print(a < b"abd", a <= b"abc", a > bytearray(b"ab"), b"b" > a, a >= a)
print(a == "abc", a == [97, 98, 99], a == 97, a != "abc")
print(sorted([bytearray(b"b"), b"a", bytearray(b"c"), b"ab"]))
print(max(bytearray(b"x"), b"y"), min([bytearray(b"q"), bytearray(b"p")]))
print(bytearray() == b"", bytearray() < b"\x00")
try:
    a < "abd"
except TypeError as e:
    print(e)
try:
    a >= 5
except TypeError as e:
    print(e)
