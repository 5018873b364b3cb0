class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

print(P(1) == P(1))
print(P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print(e)
