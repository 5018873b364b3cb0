class SetOnly:
    def __set__(self, instance, value):
        print("set", value)

class C:
    x = SetOnly()

c = C()
c.x = 1
print(type(c.x).__name__)
c.__dict__["x"] = "dict"
print(type(c.x).__name__)
