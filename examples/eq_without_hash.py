# Defining __eq__ without __hash__ sets __hash__ to None: instances become unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


print(Point(1, 2) == Point(1, 2), Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as err:
    print("TypeError:", err)


# Equal objects must hash equal: hash the same fields __eq__ compares.
class HashablePoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


points = {HashablePoint(1, 2), HashablePoint(1, 2), HashablePoint(3, 4)}
print(len(points), HashablePoint(1, 2) in points)
