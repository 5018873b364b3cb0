# The exact comparisons timsort makes are visible through __lt__.
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
ks = [K(v) for v in [5, 3, 8, 1, 9, 2, 7]]
ks.sort()
print([k.v for k in ks])
print(log)
log.clear()
ks = [K(v) for v in range(100, 0, -1)] + [K(v) for v in range(50)]
ks.sort()
print(len(log), log[:10], log[-10:])
