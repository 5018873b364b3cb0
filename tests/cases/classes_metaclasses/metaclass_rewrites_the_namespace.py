# A metaclass can add methods to the namespace (an __init__ and __repr__ made from a
# `fields` tuple) or rename its entries before type.__new__ builds the class.
class Record(type):
    def __new__(mcs, name, bases, ns):
        fields = ns.get("fields", ())

        def __init__(self, *values):
            for f, v in zip(fields, values):
                setattr(self, f, v)

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{type(self).__name__}({inner})"

        ns["__init__"] = __init__
        ns["__repr__"] = __repr__
        return super().__new__(mcs, name, bases, ns)


class Point(metaclass=Record):
    fields = ("x", "y")


class Point3(Point):
    fields = ("x", "y", "z")


print(Point(1, 2), Point3(1, 2, 3), [Point("a", None)])


class Upper(type):
    def __new__(mcs, name, bases, ns):
        renamed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, renamed)


class Settings(metaclass=Upper):
    debug = True
    level = 3


print(Settings.DEBUG, Settings.LEVEL, hasattr(Settings, "debug"))
print(type(Settings), Settings.__class__.__class__, issubclass(Upper, type), type(Upper))
