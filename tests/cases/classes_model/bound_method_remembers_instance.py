class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

c = Counter()
bump = c.bump
print(bump(), bump(), bump())
print(c.n)
print(bump.__self__ is c, bump.__func__ is Counter.bump)
print(bump.__name__, bump.__qualname__)
