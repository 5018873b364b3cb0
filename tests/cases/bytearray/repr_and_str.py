# repr and str of a bytearray, alone, in containers, in f-strings and format().
b = bytearray(b"abc")
print(b)
print(repr(b), str(b))
print([b, bytearray()], (b,), {"k": b})
print(bytearray(b"\x00\x7f\x80\xff\t\n\\"))
print(bytearray(b"it's"))
print(bytearray(b'say "hi"'))
print(bytearray(b"both ' and \""))
print(f"{b}|{b!s}|{b!r}")
print("{} {!r}".format(b, b))
print("%s and %r" % (b, b))
print(format(b, ""))
try:
    format(b, ">20")
except TypeError as e:
    print(e)
try:
    f"{b:x}"
except TypeError as e:
    print(e)
