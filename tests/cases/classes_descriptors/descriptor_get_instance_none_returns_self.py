class Field:
    def __get__(self, instance, owner):
        if instance is None:
            return self
        return 42

class C:
    f = Field()

print(type(C.f).__name__, C().f)
print(C.__dict__["f"] is C.f)
