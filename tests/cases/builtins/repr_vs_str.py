values = ["text", 1, 1.5, None, [1, "a"], ("t",), {"k": "v"}, b"b", True, 1 + 0j]
for v in values:
    print(str(v), "|", repr(v))
print(repr(repr("x")))
