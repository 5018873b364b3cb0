class Obj:
    color = "red"

o = Obj()
print(getattr(o, "color"), getattr(o, "size", "n/a"))
setattr(o, "size", 10)
print(o.size, hasattr(o, "size"), hasattr(o, "weight"))
delattr(o, "size")
print(hasattr(o, "size"))
try:
    getattr(o, "weight")
except AttributeError as e:
    print(e)
print(getattr("abc", "upper")())
