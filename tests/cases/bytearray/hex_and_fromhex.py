# hex() and the class method fromhex(), which gives a bytearray.
print(bytearray(b"\x00\xff\x10").hex())
print(bytearray.fromhex("de ad be ef"), bytearray.fromhex(""))
print(bytearray(b"x").fromhex("41"), type(bytearray.fromhex("41")).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytearray.fromhex("zz"))
t(lambda: bytearray.fromhex("4"))
t(lambda: bytearray.fromhex(b"41"))
t(lambda: bytearray.fromhex())
t(lambda: bytearray(b"ab").hex("::"))
