# Indexing gives ints; negative indexes count from the end; errors say bytearray.
b = bytearray(b"hello")
print(b[0], b[4], b[-1], b[-5], type(b[0]).__name__)
print(b[True], b[False])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b[5])
t(lambda: b[-6])
t(lambda: b["x"])
t(lambda: b[1.0])
t(lambda: b[2**70])
t(lambda: bytearray()[0])
