# UnicodeDecodeError and UnicodeEncodeError carry encoding, object, start, end and reason:
# their args are those five, str() is built from the fields (so changing one changes it),
# and the constructors check the five arguments.
try:
    b"ab\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e.args)
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(repr(e))
try:
    "h\xe9llo w\xf6rld \u20ac\U0001f600".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, "|", e.object[e.start:e.end])
try:
    "caf\xe9".encode("ascii")
except ValueError as e:
    print(type(e).__name__, e)
    e.reason = "changed"
    e.end = 4
    print(e, e.args[-1])

for args in [("a", "xyz", 0, 2, "r"), ("a", "\u20ac", 0, 1, "r"), ("a", "x", 0, 0, "r")]:
    print(UnicodeEncodeError(*args))
print(UnicodeDecodeError("u", b"xyz", 0, 2, "r"), UnicodeDecodeError("u", b"x", 5, 6, "r"))
for args in [(), (1, b"x", 0, 1, "r"), ("u", "str", 0, 1, "r"), ("u", b"x", "a", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print(e)
b"\xe2\x82".decode()
