# Slicing gives a new bytearray every time, even the whole of it.
b = bytearray(b"abcdefg")
print(b[1:4], b[:2], b[5:], b[-3:], b[::2], b[::-1], b[10:], b[4:1])
print(b[1:6:2], b[-1:-5:-2], b[:])
whole = b[:]
print(whole == b, whole is b)
whole[0] = 65
print(b, whole)
print(type(b[1:2]).__name__)
try:
    b[::0]
except ValueError as e:
    print(e)
try:
    b["a":]
except TypeError as e:
    print(e)
