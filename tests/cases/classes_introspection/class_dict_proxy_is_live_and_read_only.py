class C:
    """doc"""
    x = 1
    def m(self): pass
d = C.__dict__
print(type(d).__name__, d["x"], "x" in d, len(d) > 3, d.get("y", 0))
print(list(d)[:3], sorted(k for k in d if not k.startswith("__")))
print([k for k, v in d.items() if k == "x"], list(d.keys())[1], type(d.values()).__name__)
C.y = 2
print(d["y"], dict(d)["y"], d.copy()["x"])
print(repr(C.__dict__)[:40])
print(vars(C) == dict(vars(C)))
try:
    d["z"] = 3
except TypeError as e:
    print(e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
print({**d}["x"], (d | {"q": 1})["q"])
class S:
    __slots__ = ("a",)
print(list(vars(S)))
