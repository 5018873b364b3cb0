e = ValueError("x")
e.args = ["a", "b"]
print(e.args, str(e))
e.args = ()
print(repr(str(e)))
