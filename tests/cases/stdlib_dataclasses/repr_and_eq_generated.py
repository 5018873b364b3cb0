from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p)
print(p == Point(1, 2), p == Point(2, 1), p is Point(1, 2))
print(Point(5))
print(Point(y=3, x=4))
