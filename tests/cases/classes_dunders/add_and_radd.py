class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        print("__add__")
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        if isinstance(other, int):
            return Vec(*(a + other for a in self.xs))
        return NotImplemented

    def __radd__(self, other):
        print("__radd__")
        return self + other

    def __repr__(self):
        return f"Vec{self.xs}"

print(Vec(1, 2) + Vec(3, 4))
print(Vec(1, 2) + 10)
print(10 + Vec(1, 2))
print(sum([Vec(1, 1), Vec(2, 2)]))
