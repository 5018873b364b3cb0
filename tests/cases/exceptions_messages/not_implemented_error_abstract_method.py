class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")

class Square(Shape):
    pass

try:
    Square().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
