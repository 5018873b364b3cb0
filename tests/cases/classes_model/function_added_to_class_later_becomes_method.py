class Circle:
    def __init__(self, r):
        self.r = r

c = Circle(2)

def area(self):
    return 3 * self.r * self.r

Circle.area = area
print(c.area())
print(Circle.area is area)
print(type(c.area).__name__, c.area.__func__ is area)
