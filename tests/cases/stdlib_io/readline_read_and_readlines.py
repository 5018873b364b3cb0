from io import StringIO

f = StringIO("ab\ncd\nef\n")
print(repr(f.readline()), repr(f.read(2)), f.tell())
print(f.readlines())
f.seek(0)
print(f.readlines(4))
