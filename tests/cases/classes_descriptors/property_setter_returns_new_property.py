class A:
    def getx(self):
        return "x"

    x = property(getx)
    y = x.setter(lambda self, v: None)

print(A.x is A.y)
print(A.x.fset, A.y.fset is not None)
print(A.y.fget is A.x.fget)
