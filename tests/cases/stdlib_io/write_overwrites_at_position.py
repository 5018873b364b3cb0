from io import StringIO

s = StringIO("hello world")
s.seek(6)
s.write("there")
print(s.getvalue())
s.seek(0)
s.write("J")
print(s.getvalue(), s.tell())
