from io import StringIO

f = StringIO("first\nsecond\nthird")
for i, line in enumerate(f, 1):
    print(i, repr(line))
print(repr(f.readline()))
