class Box:
    pass

b = Box()
b.width = 3
b.height = 4
print(b.width * b.height)
c = Box()
print(hasattr(c, "width"))
try:
    print(c.width)
except AttributeError as e:
    print(e)
