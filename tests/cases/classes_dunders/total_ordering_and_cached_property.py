import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class W:
    @functools.cached_property
    def heavy(self):
        print("computing")
        return 42
w = W()
print(w.heavy, w.heavy, vars(w))
