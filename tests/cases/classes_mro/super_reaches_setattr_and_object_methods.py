class A:
    def __setattr__(self, k, v):
        print("A.__setattr__", k)
        super().__setattr__(k, v)
class B(A):
    def __setattr__(self, k, v):
        print("B.__setattr__", k)
        super().__setattr__(k, v.upper())
b = B()
b.name = "x"
print(b.name)
class C:
    def __init__(self):
        super().__init__()
        print("C init", super().__repr__().startswith("<__main__.C object"), super().__str__() == repr(self))
        print(super().__eq__(self), super().__eq__(1), super().__hash__() == hash(self), super().__ne__(self))
        print(super().__class__, super().__format__(""))  if False else None
C()
