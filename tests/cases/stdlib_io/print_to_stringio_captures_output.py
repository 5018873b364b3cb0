from io import StringIO

out = StringIO()
print("a", 1, sep="-", file=out)
print("b", end="!", file=out)
print(repr(out.getvalue()))
