e = ValueError()
print(e.args)
print(repr(str(e)))
print(repr(e))
