# The constructor's errors, with CPython's messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytearray(-1))
t(lambda: bytearray("abc"))
t(lambda: bytearray(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray([256]))
t(lambda: bytearray([-1]))
t(lambda: bytearray([2**70]))
t(lambda: bytearray(["a"]))
t(lambda: bytearray([1.0]))
t(lambda: bytearray(b"x", "utf-8"))
t(lambda: bytearray(errors="strict"))
t(lambda: bytearray(encoding="utf-8"))
t(lambda: bytearray(5, errors="strict"))
t(lambda: bytearray("x", errors="strict"))
t(lambda: bytearray("é", "ascii"))
t(lambda: bytearray("x", 5))
t(lambda: bytearray(x=1))
t(lambda: bytearray(1, 2, 3, 4))
t(lambda: bytearray(2**70))
