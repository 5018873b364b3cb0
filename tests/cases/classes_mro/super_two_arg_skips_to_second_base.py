class A:
    def __init__(self):
        print("A")
class B:
    def __init__(self):
        print("B")
class C(A, B):
    def __init__(self):
        super().__init__()
        super(A, self).__init__()
C()
class D(A, B):
    pass
D()
print(D.__mro__[1:])
