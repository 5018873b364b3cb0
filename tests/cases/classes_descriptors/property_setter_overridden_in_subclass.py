class Base:
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        print("Base setter", v)
        self._v = v
class Child(Base):
    @Base.value.setter
    def value(self, v):
        print("Child setter", v)
        Base.value.fset(self, v * 2)
c = Child()
c.value = 5
print(c.value)
