class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), 5 + Num(1), Num(1) + 5)
t = (Num(1),)
try:
    t[0] += 1
except TypeError as e:
    print(e)
print(t)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
t2 = (Acc(),)
try:
    t2[0] += 5
except TypeError as e:
    print(e)
print(t2[0].items)
