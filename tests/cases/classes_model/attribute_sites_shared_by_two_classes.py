# One attribute site in a base class sees instances of two subclasses in turn; changing
# one subclass (a property, a class attribute, a __setattr__) must not leak to the other.
class Shape:
    def __init__(self, name):
        self.name = name

    def label(self):
        return self.name

    def grow(self):
        return self.size()


class Rect(Shape):
    def size(self):
        return "rect size"


class Circle(Shape):
    def size(self):
        return "circle size"


shapes = [Rect("r"), Circle("c"), Rect("r2"), Circle("c2")]
for round_ in range(3):
    print(round_, [s.label() for s in shapes], [s.grow() for s in shapes])
    if round_ == 0:
        Circle.name = property(lambda self: "circle property")
    if round_ == 1:
        Rect.size = lambda self: "patched rect size"

try:
    Circle("again")
except AttributeError as e:
    print("AttributeError:", e)


class Logged(Shape):
    def __setattr__(self, key, value):
        print("set", key, value)
        object.__setattr__(self, key, value)


for s in [Rect("x"), Logged("y"), Rect("z"), Logged("w")]:
    print(s.label())
