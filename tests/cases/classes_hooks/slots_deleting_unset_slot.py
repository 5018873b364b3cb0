class P:
    __slots__ = ("x",)

p = P()
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
