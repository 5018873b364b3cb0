class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"{self.v} < {other.v}")
        return self.v < other.v

a, b, c = N(1), N(3), N(2)
print(a < b < c)
print(a < c < b)
