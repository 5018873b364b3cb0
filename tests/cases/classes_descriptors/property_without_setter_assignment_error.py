class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r

c = Circle(3)
print(c.diameter)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
