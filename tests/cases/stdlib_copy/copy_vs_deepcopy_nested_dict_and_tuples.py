import copy

config = {"name": "app", "ports": [80, 443], "meta": {"tags": ["web"]}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["meta"]["tags"].append("prod")
config["name"] = "changed"
print(shallow)
print(deep)

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2, 3])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
s = "text"
print(copy.deepcopy(s) is s)
nested = [[0] * 2] * 2
cp = copy.deepcopy(nested)
cp[0][0] = 5
print(nested, cp, cp[0] is cp[1])
