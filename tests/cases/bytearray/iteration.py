# Iterating a bytearray gives ints and sees changes made during the loop.
b = bytearray(b"abc")
print(list(b), tuple(b), [x + 1 for x in b], sum(b))
it = iter(b)
print(type(it).__name__, next(it))
b.append(100)
print(list(it))
r = reversed(b)
print(type(r).__name__, list(r))
for i, x in enumerate(bytearray(b"xy")):
    print(i, x, chr(x))
grow = bytearray(b"\x01")
for x in grow:
    if x < 4:
        grow.append(x + 1)
print(grow)
print(dict.fromkeys(bytearray(b"aba")))
print(set(bytearray(b"aab")) == {97, 98})
print(list(map(hex, bytearray(b"\x0f\xf0"))))
