# Attribute lookups along the MRO are remembered; every change to a class, or to a class
# it derives from, must show on the next lookup.


class Base:
    def greet(self):
        return "base"


class Mid(Base):
    pass


class Left(Mid):
    pass


class Right(Mid):
    pass


class Leaf(Left, Right):
    pass


leaf = Leaf()
for _ in range(3):
    print(leaf.greet(), Leaf.greet(leaf), getattr(leaf, "colour", "none"))

Base.greet = lambda self: "patched base"
print(leaf.greet())
Right.greet = lambda self: "right"
print(leaf.greet())
Left.greet = lambda self: "left"
print(leaf.greet())
del Left.greet
print(leaf.greet())
del Right.greet
print(leaf.greet())
Mid.colour = "blue"
print(leaf.colour, Leaf.colour)
setattr(Base, "colour", "red")
print(leaf.colour)
del Mid.colour
print(leaf.colour)

# A hook added after instances were used takes over at once; removing it restores the
# default behaviour.
calls = []


def spy(self, name, value):
    calls.append(name)
    object.__setattr__(self, name, value)


leaf.a = 1
Mid.__setattr__ = spy
leaf.b = 2
del Mid.__setattr__
leaf.c = 3
print(calls, leaf.a, leaf.b, leaf.c)


class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x)
Point.__new__ = lambda cls, x: "made by __new__"
print(Point(5))

# A data descriptor added to the class later wins over the instance dict.
p.y = "instance"
print(p.y)
Point.y = property(lambda self: "property")
print(p.y)
del Point.y
print(p.y)

# Operators look the dunder up on the type each time.
class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return self.n + other.n


a, b = Num(1), Num(2)
print(a + b)
Num.__add__ = lambda self, other: self.n * 10 + other.n
print(a + b)
