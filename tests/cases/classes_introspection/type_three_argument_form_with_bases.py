class Base:
    def kind(self):
        return "base kind"

Derived = type("Derived", (Base,), {"extra": lambda self: "extra"})
d = Derived()
print(d.kind(), d.extra())
print([k.__name__ for k in Derived.__mro__])
print(isinstance(d, Base), Derived.__module__)
