# A dict view's .mapping is a live, read-only mappingproxy of its dict.
d = {1: 2, "a": [3]}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, repr(m), str(m), len(m), m[1], m == d, m == {1: 2}, m != d)
    print(1 in m, list(m), m.get("a"), m.get(9, "no"), list(m.keys()), list(m.items()))
    print(m.copy() == d, m.copy() is d, m | {5: 6}, {0: 0} | m)
m = d.keys().mapping
d[7] = 8
print(m, len(m))
try:
    m[1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    m[99]
except KeyError as e:
    print("KeyError:", e)
print(m.keys().mapping == d, {}.items().mapping, type({}.values().mapping).__name__)
print(hasattr(iter({}), "mapping"))
