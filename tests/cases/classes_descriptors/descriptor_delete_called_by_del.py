class Field:
    def __get__(self, instance, owner):
        return instance.__dict__.get("_v", "unset")

    def __set__(self, instance, value):
        instance.__dict__["_v"] = value

    def __delete__(self, instance):
        print("Field.__delete__")
        instance.__dict__.pop("_v", None)

class C:
    f = Field()

c = C()
c.f = 3
print(c.f)
del c.f
print(c.f)
