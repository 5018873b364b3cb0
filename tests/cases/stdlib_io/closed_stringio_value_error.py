from io import StringIO

with StringIO("x") as s:
    print(s.read(), s.closed)
print(s.closed)
s.getvalue()
