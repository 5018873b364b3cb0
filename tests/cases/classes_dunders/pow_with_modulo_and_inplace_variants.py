class Pow:
    def __pow__(self, e, mod=None): return f"pow {e} {mod}"
    def __rpow__(self, b): return f"rpow {b}"
    def __ipow__(self, e): return f"ipow {e}"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __imatmul__(self, o): return "imatmul"
    def __ilshift__(self, o): return "ilshift"
p = Pow()
print(p ** 2, pow(p, 2, 5), 2 ** p, pow(2, p))
x = Pow(); x **= 3; print(x)
x = Pow(); x //= 3; print(x)
x = Pow(); x @= 3; print(x)
x = Pow(); x <<= 3; print(x)
x = Pow()
try:
    x -= 1
except TypeError as e:
    print(e)
