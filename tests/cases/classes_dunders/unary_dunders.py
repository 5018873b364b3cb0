class Signed:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Signed(-self.v)

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return "inverted"

    def __repr__(self):
        return f"Signed({self.v})"

s = Signed(3)
print(-s, +s, abs(-s), ~s)
print(-(-s))
