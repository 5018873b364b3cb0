# A comparison that raises leaves the list partly sorted, exactly as CPython leaves it.
count = 0
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global count
        count += 1
        if count == 40:
            raise RuntimeError("stop")
        return self.v < other.v
    def __repr__(self):
        return str(self.v)
ks = [K((i * 37) % 23) for i in range(23)]
try:
    ks.sort()
except RuntimeError as e:
    print(e, ks)
