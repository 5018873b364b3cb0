class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
a = Vector(1, 1)
b = a
a += Vector(1, 0)
print(a, b, a is b)
a = a + Vector(0, 1)
print(a, b, a is b)
vs = [Vector(1, 2)]
vs[0] += Vector(1, 1)
print(vs)
class Holder: pass
h = Holder(); h.v = Vector(0, 0)
h.v += Vector(5, 5)
print(h.v)
