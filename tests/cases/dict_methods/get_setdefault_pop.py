d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0))
print(d.setdefault("x", 5), d.setdefault("y", []), d)
d["y"].append(1)
print(d.pop("x"), d.pop("x", "missing"), d)
try:
    d.pop("x")
except KeyError as e:
    print("KeyError", e)
print({}.pop([], "empty dict never hashes"))
