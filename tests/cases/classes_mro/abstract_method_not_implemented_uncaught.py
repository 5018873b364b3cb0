class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Shape):
    def __init__(self, s): self.s = s
shapes = [Square(2)]
for s in shapes:
    print(s.area())
