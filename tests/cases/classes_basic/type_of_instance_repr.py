class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(type(p))
print(Point)
print(type(p).__name__, type(p).__qualname__, type(p).__module__)
print(type(p) == Point)
