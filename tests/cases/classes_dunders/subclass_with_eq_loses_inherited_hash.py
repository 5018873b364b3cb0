class Base:
    def __hash__(self):
        return 1

class Child(Base):
    def __eq__(self, other):
        return True

class Keeps(Base):
    def __eq__(self, other):
        return True
    __hash__ = Base.__hash__

print(hash(Base()))
print(Child.__hash__ is None)
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)
print(hash(Keeps()))
