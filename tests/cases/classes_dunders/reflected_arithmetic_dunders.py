class R:
    def __rsub__(self, o): return f"rsub {o}"
    def __rmul__(self, o): return f"rmul {o}"
    def __rtruediv__(self, o): return f"rtruediv {o}"
    def __rfloordiv__(self, o): return f"rfloordiv {o}"
    def __rmod__(self, o): return f"rmod {o}"
    def __rpow__(self, o): return f"rpow {o}"
    def __rlshift__(self, o): return f"rlshift {o}"
    def __rand__(self, o): return f"rand {o}"
    def __ror__(self, o): return f"ror {o}"
    def __rxor__(self, o): return f"rxor {o}"

r = R()
for v in (3 - r, 3 * r, 3 / r, 3 // r, 3 % r, 3 ** r, 3 << r, 3 & r, 3 | r, 3 ^ r):
    print(v)
