class A: pass
class B(A): pass
class C(B): pass

print(C.__mro__)
print([k.__name__ for k in C.mro()])
print(C.mro() == list(C.__mro__), type(C.mro()).__name__, type(C.__mro__).__name__)
print(C.__bases__, C.__base__, A.__base__, object.__base__)
