class Times:
    def __init__(self, n):
        self.n = n

    def __rmul__(self, other):
        return other * self.n

    def __index__(self):
        return self.n

print("ab" * Times(3))
print([0] * Times(2))
print(Times(3) * "x")
