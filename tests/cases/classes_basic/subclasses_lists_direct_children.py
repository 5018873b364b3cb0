class Shape:
    pass

class Circle(Shape):
    pass

class Square(Shape):
    pass

class Cube(Square):
    pass

print(Shape.__subclasses__())
print(Square.__subclasses__(), Cube.__subclasses__())

def all_subclasses(cls):
    found = []
    for sub in cls.__subclasses__():
        found.append(sub.__name__)
        found.extend(all_subclasses(sub))
    return found

print(all_subclasses(Shape))
print([c.__name__ for c in Cube.__mro__], Cube.__bases__)
