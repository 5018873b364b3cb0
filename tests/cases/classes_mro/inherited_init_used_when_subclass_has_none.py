class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name

class Child(Base):
    def hello(self):
        return "hi " + self.name

c = Child("kid")
print(c.hello())
try:
    Child()
except TypeError as e:
    print("TypeError:", e)
