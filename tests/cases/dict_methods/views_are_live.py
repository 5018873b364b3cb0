d = {1: "one"}
k, v, i = d.keys(), d.values(), d.items()
d[2] = "two"
del d[1]
print(k, v, i, len(k), 2 in k, (2, "two") in i, "two" in v)
print(list(k), list(v), list(i))
