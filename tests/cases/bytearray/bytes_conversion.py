# Converting between bytes, bytearray and str.
b = bytearray(b"caf\xc3\xa9")
frozen = bytes(b)
print(frozen, type(frozen).__name__)
b[0] = 67
print(frozen, b)
print(b.decode(), b.decode("utf-8"), b.decode("latin-1"), str(b, "utf-8"))
print(str(b, errors="replace"))
print(bytearray(b"\xff").decode("ascii", "replace"))
try:
    bytearray(b"\xff").decode()
except UnicodeDecodeError as e:
    print(e)
print(list(b), bytes(bytearray()), bytearray(bytes(3)))
print(ord(bytearray(b"a")))
try:
    ord(bytearray(b"ab"))
except TypeError as e:
    print(e)
print(int.from_bytes(bytes(bytearray(b"\x01\x00")), "big"))
