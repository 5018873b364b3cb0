def as_factory(cls):
    def make(*args):
        print("making", cls.__name__, args)
        return cls(*args)
    return make

@as_factory
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

p = Pair(1, 2)
print(p.a, p.b, type(Pair).__name__, type(p).__name__)
