class Base:
    def __init__(self):
        self.ready = True

class Child(Base):
    def __init__(self):
        self.extra = 1

c = Child()
print(vars(c))
try:
    print(c.ready)
except AttributeError as e:
    print("AttributeError:", e)
