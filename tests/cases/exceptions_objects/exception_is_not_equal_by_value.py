a = ValueError("same")
b = ValueError("same")
print(a == b, a is b, a.args == b.args)
