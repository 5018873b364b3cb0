# About 1,200,000 trace events of class-heavy code: the objects benchmark's work, cut to a
# thirtieth, for `bench/trace-overhead trace_objects` (attribute events, instance reprs,
# method calls through a property and super()).


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def describe(self):
        return self.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self.h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        self._w = value if value > 0 else 1

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area() + 1


class Path:
    def __init__(self, points):
        self.points = points

    def __len__(self):
        return len(self.points)

    def __getitem__(self, i):
        return self.points[i]


def main():
    total = Vec(0, 0)
    step = Vec(1, 2)
    points = []
    for i in range(10000):
        total = total + step
        if i % 3 == 0:
            points.append(Vec(i % 17, i % 5))
    path = Path(points)
    dots = 0
    for i in range(len(path) - 1):
        dots += path[i].dot(path[i + 1])
    equal = sum(1 for i in range(len(path) - 1) if path[i] == path[i * 7 % len(path)])
    smaller = sum(1 for i in range(len(path) - 1) if path[i] < path[i + 1])

    area = 0
    for i in range(6000):
        r = Square(i % 7 + 1) if i % 2 else Rect(i % 5, 3)
        r.w = r.w - 2
        r.moves += 1
        area += r.describe()

    print(total.x, total.y, dots, equal, smaller, area, len(set(points)))


main()
