# A bytearray is mutable, hence unhashable: no hash(), no dict key, no set member.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"key")
t(lambda: hash(b))
t(lambda: {b: 1})
t(lambda: {b})
t(lambda: set([b]))
t(lambda: frozenset([b]))
t(lambda: {}.get(b))
t(lambda: b in {1: 2})
t(lambda: b in {1})
t(lambda: (b,) in {})
t(lambda: hash((1, b)))
t(lambda: bytearray.__hash__)
t(lambda: {bytes(b): 1})
t(lambda: hash(bytes(b)) == hash(b"key"))
