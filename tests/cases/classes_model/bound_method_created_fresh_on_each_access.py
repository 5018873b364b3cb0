class A:
    def f(self):
        return 1

a = A()
print(a.f is a.f)
print(a.f == a.f)
m1 = a.f
m2 = a.f
print(m1 is m2, m1 == m2)
print(A.f is A.f)
b = A()
print(a.f == b.f)
