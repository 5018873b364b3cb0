# bytes methods and operators accept a bytearray wherever they take a bytes-like object.
ba = bytearray(b",")
print(b"a,b".split(ba), b"a,b".partition(ba), b"a,b".replace(ba, bytearray(b";")))
print(b"abc".startswith(bytearray(b"ab")), b"abc".endswith((bytearray(b"c"),)), b"abc".find(bytearray(b"c")))
print(b"-".join([bytearray(b"x"), b"y"]), b"xax".strip(bytearray(b"x")), b"ab".center(4, bytearray(b"*")))
print(b"abc".count(bytearray(b"b")), b"abc".removeprefix(bytearray(b"a")), b"a" + bytearray(b"b"))
print(b"ab" == bytearray(b"ab"), bytearray(b"b") in b"abc")
