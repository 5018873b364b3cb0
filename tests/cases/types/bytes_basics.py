b = b"hello"
print(b)
print(b[0], b[1:3])
print(list(b"AB"))
print(b + b"!")
print(b.upper(), b.split(b"l"))
print(bytes(3))
print(bytes([72, 105]))
print(len(b"\x00\xff"))
print(b"\x00\xff\n'")
print("héllo".encode())
print(b"h\xc3\xa9llo".decode())
try:
    b"x" + "y"
except TypeError as e:
    print(e)
