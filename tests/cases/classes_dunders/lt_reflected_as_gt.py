class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("__lt__", self.n, other.n)
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b)
print(b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
