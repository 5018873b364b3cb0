from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 0

print(Square(3).describe(), Square(3).perimeter())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), type(Square), isinstance(Square(1), Shape), issubclass(Square, ABC))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))
print(ABC.__mro__, Shape.__mro__)
