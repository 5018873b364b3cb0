class Base:
    __slots__ = ("a",)

class Child(Base):
    pass

class Strict(Base):
    __slots__ = ("b",)

c = Child()
c.a = 1
c.anything = 2
print(vars(c))
s = Strict()
s.a, s.b = 1, 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
