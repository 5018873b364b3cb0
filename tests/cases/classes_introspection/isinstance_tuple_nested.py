class A: pass
class B: pass
class C(B): pass

c = C()
print(isinstance(c, (A, (int, B))))
print(isinstance(c, ()))
print(issubclass(C, ((A,), (B,))))
