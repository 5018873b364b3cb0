# Slice assignment can grow or shrink the bytearray; the source may be any bytes-like
# object or iterable of ints, including the bytearray itself.
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b)
b[0:0] = [1, 2]
print(b)
b[-2:] = bytearray(b"!")
print(b)
b[2:5] = b""
print(b)
b[100:] = range(48, 51)
print(b)
b[:] = b
print(b)
b[1:3] = (x for x in [9, 9, 9])
print(b)
b[::-1] = b
print(b)
b[3:1] = b"--"
print(b)
c = bytearray(b"0123456789")
c[::3] = b"abcd"
print(c)
c[1::4] = [0, 0, 0]
print(c)
c[5:2:-1] = b"xyz"
print(c)
