# "Did you mean" weighs what dir() lists: a slotted instance has no __dict__, and of the
# equally close __dir__ and __doc__ the first in sorted order wins.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


v = Vector(1, 2)
print(v.x, v.y)
print(v.__dict__)
