def gen():
    yield 1
    raise KeyError("k")
print([x for x in gen()])
