class Point:
    __slots__ = ("x", "y")

p = Point()
print(hasattr(p, "__dict__"))
p.x = 5
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__)
