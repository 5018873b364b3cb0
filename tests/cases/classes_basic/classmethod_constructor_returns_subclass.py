class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def describe():
        return "a shape"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, sides={self.sides})"

class Triangle(Shape):
    sides = 3

    @staticmethod
    def describe():
        return "three sides"

print(Shape.create("s"))
print(Triangle.create("t"))
t = Triangle("x")
print(t.create("from instance"))
print(t.describe(), Shape.describe(), Triangle.describe())
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["describe"]).__name__)
