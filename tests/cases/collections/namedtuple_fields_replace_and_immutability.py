from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
q = p._replace(x=10)
print(q, p)
print(Point._fields, p._asdict())
print(Point._make([5, 6]))
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), hash(Color(1, 2, 0)) == hash((1, 2, 0)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
p.x = 5
