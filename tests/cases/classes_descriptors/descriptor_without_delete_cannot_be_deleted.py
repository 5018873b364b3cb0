class Field:
    def __get__(self, instance, owner):
        return 1

    def __set__(self, instance, value):
        pass

class C:
    f = Field()

c = C()
try:
    del c.f
except AttributeError as e:
    print("AttributeError:", e)
