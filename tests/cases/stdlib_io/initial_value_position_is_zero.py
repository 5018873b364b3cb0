from io import StringIO

s = StringIO("abc")
s.write("X")
print(s.getvalue())
