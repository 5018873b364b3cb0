d = {"b": 1, "a": [2], 3: (4,)}
print(d.keys())
print(d.values())
print(d.items())
print({}.keys(), {}.values(), {}.items())
print(type(d.keys()), type(d.values()), type(d.items()))
