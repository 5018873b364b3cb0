# An OrderedDict's keys/values/items views print as odict_keys/odict_values/odict_items and
# otherwise act like dict views (live, set-like, reversible).
from collections import OrderedDict
o = OrderedDict(a=1, b=2)
k, v, i = o.keys(), o.values(), o.items()
print(k, v, i, OrderedDict().items())
o["c"] = 3
print(k, len(v), list(reversed(i)))
print(sorted(k & {"a", "z"}), sorted({"b"} | k), sorted(i - {("a", 1)}), k == {"a", "b", "c"})
print("a" in k, ("b", 2) in i, 3 in v, k.isdisjoint(["q"]), k.mapping)
o.move_to_end("a")
print(list(k), list(v))
