class Plain:
    def __init__(self, v):
        self.v = v

a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b)
print(a in [b], a in [a])
print([a].count(b), [a, a].index(a))
