e = RuntimeError(42)
print(e.args, str(e), repr(e))
e = RuntimeError([1, 2])
print(str(e), repr(e))
