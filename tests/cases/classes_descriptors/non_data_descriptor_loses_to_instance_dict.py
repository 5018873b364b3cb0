class NonData:
    def __get__(self, instance, owner):
        return "descriptor"

class C:
    x = NonData()

c = C()
print(c.x)
c.x = "instance value"
print(c.x)
del c.x
print(c.x)
