class Obj:
    x = 1

o = Obj()
setattr(o, "y", 2)
print(getattr(o, "x"), getattr(o, "y"), getattr(o, "z", "default"))
print(hasattr(o, "x"), hasattr(o, "z"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "z")
except AttributeError as e:
    print("AttributeError:", e)
