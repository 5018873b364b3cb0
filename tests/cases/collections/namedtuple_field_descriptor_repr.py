# The class attribute of a namedtuple field is a `_tuplegetter` whose repr shows the index
# and the docstring.
from collections import namedtuple
Point = namedtuple("Point", "x y")
print(Point.x, Point.y)
print(Point.y.__doc__, type(Point.x).__name__)
print(Point(3, 4).y)
