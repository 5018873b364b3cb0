class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "just str"

print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}")
o = OnlyStr()
print(str(o), f"{o}")
print(repr(o).startswith("<__main__.OnlyStr object"))
print([OnlyRepr()], [o][0])
