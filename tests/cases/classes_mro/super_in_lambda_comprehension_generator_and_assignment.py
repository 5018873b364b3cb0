class A:
    x = 1
    def f(self): return "A.f"
    @property
    def p(self): return "A.p"
class B(A):
    def g(self):
        return (lambda: super().f())()
    def h(self):
        return [super().f() for _ in range(1)]
    def gen(self):
        yield super().f()
    def setp(self):
        super().x = 5
    def getp(self):
        return super().p
b = B()
for m in (b.g, b.h, lambda: list(b.gen()), b.setp, b.getp):
    try:
        print(m())
    except Exception as e:
        print(type(e).__name__, e)
