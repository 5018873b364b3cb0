# max() asks "new > best", min() asks "new < best", in iteration order.
class V:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print(f"{self.v} > {other.v}?")
        return self.v > other.v
    def __lt__(self, other):
        print(f"{self.v} < {other.v}?")
        return self.v < other.v
print(max(V(2), V(5), V(5), V(1)).v)
print(min([V(2), V(0), V(3)]).v)
