class Shouty:
    def __repr__(self):
        return "Shouty()"

    def __str__(self):
        return "str of " + super().__str__()

print(str(Shouty()), [Shouty()])

class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if isinstance(other, Point):
            return self.x == other.x
        return super().__eq__(other)

    def __hash__(self):
        return hash(self.x)

p = Point(1)
print(p == Point(1), p == 1, p.__eq__(1), Point.__ne__(p, Point(2)))
print(object.__eq__(p, p), object.__ne__(p, p), object.__lt__(p, p))

class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

class Audio(Plugin):
    pass

class Video(Plugin):
    pass

print(Plugin.registry)

class AppError(Exception):
    def __str__(self):
        return "AppError: " + super().__str__()

    def __repr__(self):
        return "<" + super().__repr__() + ">"

e = AppError("disk full", 2)
print(str(e), repr(e))
print(Shouty.__repr__ is not object.__repr__, Point.__init__ is not object.__init__)
print(Audio.__init__ is object.__init__, Audio.__str__ is object.__str__)
raise AppError("unhandled")
