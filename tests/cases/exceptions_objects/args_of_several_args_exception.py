e = ValueError("a", 2, None)
print(e.args)
print(str(e))
print(repr(e))
