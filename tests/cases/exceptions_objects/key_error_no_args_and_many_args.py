print(repr(str(KeyError())))
print(str(KeyError("a", "b")))
print(repr(KeyError("a", "b")))
