# int.__pow__ and __rpow__ take pow()'s optional modulus when called explicitly; floats and
# complex numbers refuse one; a non-int operand gives NotImplemented. Three-argument pow()
# takes int subclass instances in any position as ints.
print((2).__pow__(3, 5), (2).__rpow__(3, 5), (2).__pow__(3, None), (2).__pow__(3))
print(True.__pow__(2, 3), (10**20).__pow__(2, 7), (3).__pow__(-1, 7))
tests = [
    lambda: (2.0).__pow__(3, 5),
    lambda: (2).__pow__(3.0, 5),
    lambda: (2).__pow__(3, 5.0),
    lambda: (2).__pow__("a", 5),
    lambda: (2).__pow__(-1, 4),
    lambda: (2).__pow__(3, 0),
    lambda: (2).__pow__(1, 2, 3),
    lambda: (2).__pow__(),
    lambda: (1j).__pow__(2, 3),
    lambda: (2.0).__rpow__(2, 3),
    lambda: (2).__rpow__(2.0, 3),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)


class Count(int):
    pass


print(Count(2).__pow__(10, 1000), pow(Count(2), 10, 1000))
print(pow(2, Count(10), 1000), pow(2, 10, Count(1000)))


class Loud(int):
    def __pow__(self, other, mod=None):
        print("Loud.__pow__", other, mod)
        return NotImplemented


print(pow(Loud(3), 2, 5), pow(3, Loud(2), 5))
