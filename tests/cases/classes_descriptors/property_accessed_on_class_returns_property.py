class P:
    @property
    def x(self):
        return 1

print(type(P.x).__name__)
print(P.x.fget.__name__, P.x.fset, P.x.fdel)
print(P.x.__get__(P(), P))
print(P.x.__get__(None, P) is P.x)
