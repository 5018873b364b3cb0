"""Rectangles.

>>> r = Rect(2, 3)
>>> r.area()
6
>>> Rect.sides
4
"""


class Rect:
    """A rectangle.

    >>> Rect(1, 1) == Rect(1, 1)
    False
    >>> Rect(4, 5).area()
    20
    """

    sides = 4

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


if __name__ == "__main__":
    print("run as a script")
