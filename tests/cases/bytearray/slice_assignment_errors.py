# What slice assignment refuses, in CPython's words.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abcde")

def s(k, v):
    b[k] = v
    return b

t(lambda: s(slice(0, 2), 5))
t(lambda: s(slice(0, 2), 1.5))
t(lambda: s(slice(0, 2), "ab"))
t(lambda: s(slice(0, 2), None))
t(lambda: s(slice(0, 2), [1, 300]))
t(lambda: s(slice(0, 2), ["a"]))
t(lambda: s(slice(None, None, 2), b"xy"))
t(lambda: s(slice(None, None, 2), b"xyzw"))
t(lambda: s(slice(None, None, -1), b""))
t(lambda: s(slice(0, 5, 0), b""))
print(b)
