class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

class AB(A, B): pass
class BA(B, A): pass

print(AB().who(), BA().who())
print([k.__name__ for k in AB.__mro__])
print([k.__name__ for k in BA.__mro__])
