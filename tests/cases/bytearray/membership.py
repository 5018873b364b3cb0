# `in` takes an int in range(0, 256) or a bytes-like object, for bytes and bytearray alike.
b = bytearray(b"hello")
print(104 in b, 120 in b, b"ell" in b, bytearray(b"lo") in b, b"" in b, b"hex" in b)
print(bytearray(b"el") in b"hello", True in bytearray(b"\x01"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "h" in b)
t(lambda: 300 in b)
t(lambda: -1 in b)
t(lambda: [104] in b)
t(lambda: 1.0 in b)
t(lambda: 300 in b"hello")
t(lambda: bytearray(b"x") in [bytearray(b"x")])
t(lambda: b.__contains__(101))
