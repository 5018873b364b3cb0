class C:
    @property
    def x(self):
        return "prop"
c = C()
C.x = 5
print(c.x, C.x)
class D:
    @property
    def y(self): return 1
    def __delattr__(self, name):
        print("__delattr__", name)
        super().__delattr__(name)
try:
    del D().y
except AttributeError as e:
    print(e)
