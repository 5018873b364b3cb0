import copy
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = [1]; self.y = 2
class Q(P):
    pass
p = P()
c = copy.copy(p); d = copy.deepcopy(p)
print(c.x, c.y, c.x is p.x, d.x is p.x, d.y)
q = Q(); q.z = 5
c = copy.deepcopy(q)
print(vars(c), c.x, c.y)
del q.x
print(vars(copy.copy(q)), hasattr(copy.copy(q), "x"))
