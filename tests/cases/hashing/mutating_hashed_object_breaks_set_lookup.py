class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
s = {p, Point(1, 2), Point(2, 1)}
print(len(s))
print(Point(1, 2) in s)
p.x = 10
print(p in s)
print(Point(10, 2) in s)
print(Point(1, 2) in s)
print(any(q == p for q in s))
d = {p: "first"}
p.x = 1
print(d.get(Point(1, 2), "missing"))
