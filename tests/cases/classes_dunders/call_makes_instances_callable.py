class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, *, twice=False):
        result = x * self.factor
        return result * 2 if twice else result

triple = Multiplier(3)
print(triple(5), triple(5, twice=True))
print(callable(triple), callable(Multiplier), callable(5))
print(list(map(triple, [1, 2])))
