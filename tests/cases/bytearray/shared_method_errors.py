# Errors of the shared methods name bytearray where CPython does.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abc")
t(lambda: b.upper(1))
t(lambda: b.find("a"))
t(lambda: b.find(256))
t(lambda: b.find())
t(lambda: b.find(b"a", x=1))
t(lambda: b.split(""))
t(lambda: b.split(b""))
t(lambda: b.join([b"x", "y"]))
t(lambda: b.join(5))
t(lambda: b.startswith("a"))
t(lambda: b.replace("a", b"b"))
t(lambda: b.center(5, "*"))
t(lambda: b.index(b"z"))
t(lambda: b.decode("nope"))
t(lambda: bytearray.upper(b"x"))
t(lambda: bytearray.upper())
t(lambda: bytes.upper(b))
