class C:
    @property
    def value(self):
        return self.compute() * 2
    def compute(self):
        return 1 / 0
c = C()
print(c.value)
