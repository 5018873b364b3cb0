# sorted() makes exactly the comparisons CPython's timsort makes, in the same order.
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"{self.v} < {other.v}")
        return self.v < other.v
print([k.v for k in sorted([K(3), K(1), K(2), K(1), K(5), K(0)])])
