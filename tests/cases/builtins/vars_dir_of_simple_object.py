class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(vars(p))
print(p.__dict__)
p.z = 3
print(vars(p))
print([n for n in dir(p) if not n.startswith("__")])
