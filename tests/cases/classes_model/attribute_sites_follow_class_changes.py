# One attribute site read and written in a loop while the classes change underneath it:
# each change to a class (or a base) must be seen at once.
class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


def read(obj):
    return obj.x


def write(obj, v):
    obj.x = v


p = Point(1)
print([read(p) for _ in range(3)])

# A property on the base class now intercepts reads and writes of `x`.
Base.x = property(lambda self: "property", lambda self, v: print("setter got", v))
print(read(p))
write(p, 5)
print(p.__dict__)
del Base.x
print(read(p))

# A plain class attribute does not shadow the instance attribute.
Point.x = "class attribute"
print(read(p))
del p.x
print(read(p))
del Point.x
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)
write(p, 7)
print(read(p))


# Instances of different classes (and dict layouts) through one site.
class Other:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.x = "other"


class Late:
    pass


late = Late()
late.y = 0
late.x = "late"
for obj in [p, Other(), late, p, Other()]:
    print(read(obj), end=" ")
print()


# A __setattr__ added later takes over writes.
def loud_setattr(self, name, value):
    print("__setattr__", name, value)
    object.__setattr__(self, name, value)


for v in range(3):
    write(p, v)
Point.__setattr__ = loud_setattr
write(p, 10)
print(read(p))
del Point.__setattr__
write(p, 11)
print(read(p))


# __getattr__ only answers misses.
class WithFallback:
    def __getattr__(self, name):
        return "fallback " + name


w = WithFallback()
print(read(w))
w.x = "own"
print(read(w))
del w.x
print(read(w))

# Replacing the instance __dict__.
p.__dict__ = {"x": "new dict"}
print(read(p))
x_holder = Point(0)
x_holder.__dict__.clear()
x_holder.__dict__["x"] = "set through __dict__"
print(read(x_holder))

# Augmented assignment reads and writes through the same site.
q = Point(1)
for _ in range(3):
    q.x += 10
print(q.x)
Base.x = property(lambda self: 100, lambda self, v: print("set via property", v))
q.x += 1
del Base.x
print(q.x)
