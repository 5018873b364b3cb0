class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.func(obj)
        setattr(obj, self.func.__name__, val)
        return val
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        """The area."""
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__, "area" in vars(c))
