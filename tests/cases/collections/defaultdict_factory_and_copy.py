from collections import defaultdict

dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd.default_factory, isinstance(dd, dict), dd.copy(), type(dd.copy()).__name__)
d2 = defaultdict(lambda: "n/a", {"k": "v"})
print(d2["k"], d2["missing"], len(d2), sorted(d2))
print(d2.get("other"), "other" in d2, d2.setdefault("s", 1), dict(d2))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(dict(root["a"]["b"]), list(root), list(root["a"]))
counts = defaultdict(int, x=5)
counts["x"] += 1
counts["y"] += 1
print(counts, counts | {"z": 0}, type(counts | {"z": 0}).__name__)
dd.default_factory = None
print(dd["a"])
dd["b"]
