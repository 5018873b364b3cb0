def gen():
    yield 1
    raise KeyError("k")
g = (x * 2 for x in gen())
print(list(g))
