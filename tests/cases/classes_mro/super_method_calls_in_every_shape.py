# super().name(...) in its many forms must behave as the proxy does: the next class in
# type(self).__mro__, keyword arguments, a missing method, a non-function attribute,
# a classmethod, a shadowed `super`, and an error raised inside the parent's method.
class Base:
    greeting = "hi"

    def __init__(self, name, *, loud=False):
        self.name = name.upper() if loud else name

    def describe(self, *extra):
        return f"Base({self.name}{''.join(extra)})"

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def helper(x):
        return x * 2

    def fail(self):
        raise ValueError(f"{type(self).__name__} cannot")


class Left(Base):
    def describe(self, *extra):
        return "Left>" + super().describe(*extra, "!")


class Right(Base):
    def describe(self, *extra):
        return "Right>" + super().describe(*extra)


class Both(Left, Right):
    def __init__(self, name):
        super().__init__(name, loud=True)

    def describe(self, *extra):
        return "Both>" + super().describe(*extra)

    @classmethod
    def make(cls, name):
        return super().make(name + "?")

    def twice(self):
        return super().helper(21), super().greeting

    def missing(self):
        return super().nothing_here()

    def fail(self):
        return super().fail()


for _ in range(3):
    b = Both("ada")
    print(b.describe(), b.describe("-x"), Both.make("bo").name, b.twice())

try:
    b.missing()
except AttributeError as e:
    print("AttributeError:", e)


class Odd(Base):
    def describe(self):
        super = lambda: Base("shadow")
        return super().describe()


print(Odd("o").describe())

b.fail()
