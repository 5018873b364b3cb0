class A:
    def __new__(cls, *args):
        return super().__new__(cls)

a = A(1, 2)
print(type(a).__name__)

class B:
    def __init__(self, *args):
        super().__init__()
        self.args = args

print(B(3, 4).args)

class C:
    def __init__(self, x):
        super().__init__(x)

try:
    C(5)
except TypeError as e:
    print("TypeError:", e)
