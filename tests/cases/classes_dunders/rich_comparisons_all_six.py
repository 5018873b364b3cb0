class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o): return self.n == o.n
    def __ne__(self, o): return "custom ne"
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __gt__(self, o): return self.n > o.n
    def __ge__(self, o): return self.n >= o.n

a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([V(3), V(1), V(2)], key=None)[0].n)
print(max(V(3), V(7), V(5)).n)
