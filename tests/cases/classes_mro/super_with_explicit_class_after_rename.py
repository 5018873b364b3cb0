class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f -> " + super().f()

Old = B
del B
print(Old().f())
