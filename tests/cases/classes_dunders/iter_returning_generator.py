class Tree:
    def __init__(self, *values):
        self.values = values

    def __iter__(self):
        for v in self.values:
            yield v * 10

t = Tree(1, 2, 3)
print(list(t), list(t))
a, *rest = t
print(a, rest)
print(max(t), sorted(t, reverse=True))
