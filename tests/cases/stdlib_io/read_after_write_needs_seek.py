from io import StringIO

s = StringIO()
s.write("data")
print(repr(s.read()))
s.seek(0)
print(repr(s.read()))
