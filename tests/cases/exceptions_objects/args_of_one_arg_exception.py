e = ValueError("only")
print(e.args)
print(str(e))
print(repr(e))
