from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), p[0], p.y)
print(Point(1), Point._fields, Point._field_defaults)
x, y = p
print(x + y, isinstance(p, tuple), p == (3, 4))
print(p._replace(y=0), p._asdict())
