# The constructor's errors.
from array import array as A
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: A())
t(lambda: A("z"))
t(lambda: A("ii"))
t(lambda: A(5))
t(lambda: A(b"i"))
t(lambda: A("i", 5))
t(lambda: A("i", None))
t(lambda: A("i", [1], 3))
t(lambda: A("i", typecode="x"))
t(lambda: A(typecode="i"))
t(lambda: A("i", "hello"))
t(lambda: A("i", A("u", "ab")))
t(lambda: A("u", A("i", [1])))
t(lambda: A("u", [1]))
t(lambda: A("u", ["ab"]))
t(lambda: A("i", b"\x01\x00\x00"))
t(lambda: A("d", ["1.0"]))
t(lambda: A("i", [1.0]))
t(lambda: A("i", A("d", [1.5])))
t(lambda: A("i", [1, 2, "x"]))
