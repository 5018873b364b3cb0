d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))
print(d["a"])
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e)
print("b" in d, d.get("b") is None)
