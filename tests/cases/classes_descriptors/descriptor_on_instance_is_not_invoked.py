class D:
    def __get__(self, instance, owner):
        return "descriptor result"

class C:
    pass

c = C()
c.d = D()
print(type(c.d).__name__)
C.d2 = D()
print(c.d2)
