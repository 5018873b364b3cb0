class A:
    def f(self):
        return "A"

class B(A):
    def f(self):
        return "B"

class C(B):
    def f(self):
        return "C"

c = C()
print(super(C, c).f())
print(super(B, c).f())
try:
    super(A, c).f()
except AttributeError as e:
    print("AttributeError:", e)
