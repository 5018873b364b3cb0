# b += b fails in CPython (its buffer is exported while it would be resized), while
# b.extend(b), b + b and b[len(b):] = b all work.
b = bytearray(b"ab")
print(b + b)
b.extend(b)
print(b)
b[len(b):] = b
print(b)
try:
    b += b
except BufferError as e:
    print(type(e).__name__, e)
print(b)
e = bytearray()
e += e
print(e)
