class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a != b, a == c, a != c)
print(a is b)
print(a == (1, 2), a != "x")
print(a in [c, b])
