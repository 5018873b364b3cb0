class Reg:
    def __init__(self):
        self._data = {}
    def __getitem__(self, k): return self._data[k]
    def __setitem__(self, k, v): self._data[k] = v
    def __delitem__(self, k): del self._data[k]
    def __len__(self): return len(self._data)
    def __iter__(self): return iter(self._data)
    def __contains__(self, k): return k in self._data
    def keys(self): return self._data.keys()
r = Reg()
r["a"] = 1; r["b"] = 2
r["a"] += 10
del r["b"]
print(len(r), list(r), "a" in r, dict(r), {**r})
try:
    r["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del r["zz"]
except KeyError as e:
    print("KeyError", e)
d = {}
d.update(r)
print(d)
