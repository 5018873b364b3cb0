from io import StringIO

s = StringIO("abcdef")
s.seek(0, 2)
print(s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.write("Z")
print(repr(s.getvalue()))
