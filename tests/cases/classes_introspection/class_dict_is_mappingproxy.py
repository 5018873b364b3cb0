class C:
    x = 1

print(type(C.__dict__).__name__)
print(C.__dict__["x"])
try:
    C.__dict__["x"] = 2
except TypeError as e:
    print("TypeError:", e)
setattr(C, "x", 3)
print(C.x, sorted(k for k in vars(C) if not k.startswith("__")))
