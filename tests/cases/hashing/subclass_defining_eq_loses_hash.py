class Base:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)

class Child(Base):
    def __eq__(self, other):
        return self.v == other.v

class Keeper(Base):
    __hash__ = Base.__hash__
    def __eq__(self, other):
        return self.v == other.v

print(Base.__hash__ is not None, Child.__hash__)
print(len({Keeper(1), Keeper(1), Keeper(2)}))
print(hash(Base(7)) == hash(7))
s = {Child(3)}
