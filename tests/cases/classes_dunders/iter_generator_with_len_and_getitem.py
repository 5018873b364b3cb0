class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
    def __len__(self): return self.n
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("fib index out of range")
f = Fib(10)
print(list(f), len(f), f[5], 13 in f, list(reversed(f)))
try:
    f[20]
except IndexError as e:
    print(e)
