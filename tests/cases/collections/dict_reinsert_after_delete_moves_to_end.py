d = {"a": 1, "b": 2, "c": 3}
d["a"] = 10
print(list(d))
del d["a"]
d["a"] = 100
print(d)
d.pop("b")
d["b"] = 2
print(list(d.items()))
d.update({"c": 30, "z": 26})
print(d)
e = dict.fromkeys("cab", 0)
print(e == {"a": 0, "b": 0, "c": 0}, list(e))
print(list(reversed(d)))
