class Circle:
    @property
    def r(self):
        return 1

c = Circle()
try:
    del c.r
except AttributeError as e:
    print("AttributeError:", e)
