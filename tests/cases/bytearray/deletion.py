# del of an item, a slice and an extended slice.
b = bytearray(b"0123456789")
del b[0]
print(b)
del b[-1]
print(b)
del b[2:4]
print(b)
del b[::2]
print(b)
del b[::-1]
print(b)
c = bytearray(b"abcdef")
del c[10:]
del c[4:1]
print(c)
del c[:]
print(c, len(c))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = bytearray(b"xy")
def rm(k):
    del d[k]
t(lambda: rm(2))
t(lambda: rm(-3))
t(lambda: rm("a"))
print(d)
