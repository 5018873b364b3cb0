class Plain:
    pass

a, b = Plain(), Plain()
print(hash(a) == hash(a), hash(a) == hash(b))
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
print(len({a, a, b}))
