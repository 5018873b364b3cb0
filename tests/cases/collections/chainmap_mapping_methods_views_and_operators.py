# ChainMap has the collections.abc.MutableMapping mixins: KeysView/ItemsView/ValuesView, update, setdefault, ==, |, unhashable, not reversible.
from collections import ChainMap, defaultdict
c1 = ChainMap({"a": 1}, {"b": 2})
c2 = ChainMap({"a": 1, "b": 2})
print(c1 == c2, c1 == {"a": 1, "b": 2}, c1 != {"a": 2}, c1 == [1])
print(c1 | {"c": 3}, {"z": 0} | c1)
c1 |= {"d": 4}
print(c1)
c3 = c1.copy()
c3["new"] = 1
print(c1, c3, c3.maps[1] is c1.maps[1])
print(c1.setdefault("a", 9), c1.setdefault("q", 9), c1)
c1.update({"u": 1}, v=2)
c1.update([("w", 3)])
print(c1, c1.popitem())
c1.clear()
print(c1)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    hash(c1)
except TypeError as e:
    print(e)
try:
    reversed(c1)
except TypeError as e:
    print(e)
print(ChainMap({"a": 1}).keys() & {"a", "b"}, ChainMap({"a": 1}).keys() == {"a"})
print(("a", 1) in ChainMap({"a": 1}).items(), 1 in ChainMap({"a": 1}).values())
dd = defaultdict(int)
cm = ChainMap(dd, {"k": 5})
print(cm["k"], cm["other"], dd)
print(vars(ChainMap({"a": 1})))
r = ChainMap({})
r.maps[0]["self"] = r
print(r)
class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value
d = DeepChainMap({"zebra": "black"}, {"elephant": "blue"}, {"lion": "yellow"})
d["lion"] = "orange"
d["snake"] = "red"
print(d)
print(isinstance(cfg, ChainMap), type(cfg).__module__, ChainMap.__name__)
import builtins
pylookup = ChainMap(locals(), globals(), vars(builtins))
print(pylookup["len"] is len)
