d = {3: "c", 1: "a", 2: "b"}
print(d.popitem(), d.popitem(), d)
d[9] = "z"
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(repr(e))
