# A class whose metaclass defines __iter__, __len__, __getitem__, __contains__ and
# __reversed__ works with every built-in that iterates (an enum written by hand), and a
# metaclass __format__ formats its classes.
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {k: v for k, v in ns.items() if not k.startswith("_")}
        return cls
    def __iter__(cls):
        return iter(cls._members)
    def __getitem__(cls, k):
        return cls._members[k]
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, v):
        return v in cls._members.values()
    def __reversed__(cls):
        return reversed(list(cls._members))
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), sorted(Color), dict.fromkeys(Color), [Color[c] for c in Color])
print(len(Color), 2 in Color, 5 in Color, list(reversed(Color)), list(enumerate(Color)))
print(", ".join(Color), max(Color), min(Color, key=len), set(Color) == {"RED", "GREEN", "BLUE"})
print(tuple(zip(Color, range(3))), any(Color), all(Color), sum(len(c) for c in Color))
a, b, c = Color
print(a, b, c, *Color)
x, *rest = Color
print(x, rest, sorted(Color, key=Color.__getitem__, reverse=True))
for name in Color:
    print(name, Color[name], end="; ")
print()
print({**{k: Color[k] for k in Color}}, list(map(str.lower, Color)), list(filter(lambda n: "E" in n, Color)))
class Fmt(type):
    def __format__(cls, spec):
        return f"<{cls.__name__}:{spec}>"
class Q(metaclass=Fmt):
    pass
print(f"{Q}", f"{Q:>5}", format(Q, "x"), "{}".format(Q), str(Q)[:8])
try:
    f"{Color:>5}"
except TypeError as e:
    print(e)
