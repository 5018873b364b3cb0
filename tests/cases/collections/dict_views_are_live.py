d = {"a": 1}
keys = d.keys()
items = d.items()
d["b"] = 2
print(keys)
print(items)
print(d.values())
print(len(keys), "b" in keys)
print(keys & {"a", "q"})
