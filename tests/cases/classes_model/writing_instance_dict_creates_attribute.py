class Box:
    pass

b = Box()
b.__dict__["size"] = 4
print(b.size)
vars(b)["color"] = "red"
print(b.color, sorted(vars(b)))
del b.__dict__["size"]
print(hasattr(b, "size"))
