import bisect

class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"V({self.n})"

vs = [V(1), V(5), V(9)]
bisect.insort(vs, V(6))
print(vs)
