def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished"))
