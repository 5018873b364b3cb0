# A class's own __reduce__ / __reduce_ex__ decides how copy and deepcopy rebuild it:
# func(*args), then the state, list items and dict items (deep-copied by deepcopy).
import copy
class Reducer:
    def __init__(self, n):
        print("init", n)
        self.n = n
    def __reduce__(self):
        return (Reducer, (self.n * 2,), {"extra": [self.n]})
r = Reducer(1)
a = copy.copy(r); b = copy.deepcopy(r)
print(a.n, a.extra, b.n, b.extra, a.extra is r.extra if hasattr(r, "extra") else None)
class Global:
    def __reduce__(self): return "Global"
g = Global(); print(copy.copy(g) is g, copy.deepcopy(g) is g)
class L(list):
    def __reduce_ex__(self, proto):
        print("proto", proto)
        return (L, (), None, iter(self))
x = L([1, [2]]); y = copy.deepcopy(x); z = copy.copy(x)
print(y, type(y).__name__, y[1] is x[1], z[1] is x[1])
class D(dict):
    def __reduce__(self):
        return (D, (), None, None, iter(self.items()))
print(copy.deepcopy(D(a=[1])), type(copy.copy(D(b=2))).__name__)
class Cyc:
    def __init__(self): self.me = self
    def __reduce__(self): return (Cyc.__new__, (Cyc,), self.__dict__)
c = Cyc(); cc = copy.deepcopy(c); print(cc.me is cc, cc is not c)
class Bad:
    def __reduce__(self): return None
try:
    copy.copy(Bad())
except TypeError as e:
    print(e)
