class Documented:
    """A documented class."""

class Undocumented:
    pass

print(Documented.__doc__)
print(Undocumented.__doc__)
print("__module__" in vars(Documented), "__dict__" in vars(Documented), "__weakref__" in vars(Documented))
print(Documented.__name__, Documented.__module__)
