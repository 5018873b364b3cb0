class N:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o): return f"sub {self.v} {o}"
    def __mul__(self, o): return f"mul {self.v} {o}"
    def __truediv__(self, o): return f"truediv {self.v} {o}"
    def __floordiv__(self, o): return f"floordiv {self.v} {o}"
    def __mod__(self, o): return f"mod {self.v} {o}"
    def __pow__(self, o): return f"pow {self.v} {o}"
    def __matmul__(self, o): return f"matmul {self.v} {o}"
    def __lshift__(self, o): return f"lshift {self.v} {o}"
    def __rshift__(self, o): return f"rshift {self.v} {o}"
    def __and__(self, o): return f"and {self.v} {o}"
    def __or__(self, o): return f"or {self.v} {o}"
    def __xor__(self, o): return f"xor {self.v} {o}"
    def __divmod__(self, o): return f"divmod {self.v} {o}"

n = N(1)
for r in (n - 2, n * 2, n / 2, n // 2, n % 2, n ** 2, n @ 2, n << 2, n >> 2, n & 2, n | 2, n ^ 2, divmod(n, 2)):
    print(r)
