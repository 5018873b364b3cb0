class Data:
    def __get__(self, instance, owner):
        return "descriptor"

    def __set__(self, instance, value):
        print("Data.__set__", value)

class C:
    x = Data()

c = C()
c.x = 1
c.__dict__["x"] = "instance dict"
print(c.x)
print(vars(c))
