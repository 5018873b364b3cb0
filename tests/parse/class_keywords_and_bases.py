class A:
    pass
class B(A):
    pass
class C(A, B):
    pass
class D(metaclass=Meta):
    pass
class E(A, metaclass=Meta, **kw):
    pass
class F(*bases, x=1):
    pass
class G():
    pass
class H(A,):
    x = 1
    def method(self):
        return self.x
