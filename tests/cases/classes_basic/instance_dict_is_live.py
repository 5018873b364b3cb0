class Config:
    def __init__(self, **options):
        self.__dict__.update(options)

c = Config(debug=True, level=3)
print(c.debug, c.level)
c.__dict__["name"] = "app"
print(c.name)
vars(c)["level"] = 4
print(c.level, c.__dict__ is vars(c))
del c.__dict__["debug"]
print(hasattr(c, "debug"), sorted(vars(c)))
c.__dict__ = {"fresh": 1}
print(vars(c))

class Empty:
    """An empty class."""

print(Empty.__doc__, Empty().__doc__, list(vars(Empty)))
print(Empty.__dict__)
import math
print(vars(math)["pi"], "sqrt" in vars(math))
