words = ["apple", "bob", "avocado", "banana", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
d = {}
print(d.setdefault("k", 1), d.setdefault("k", 2), d)
