def gen():
    yield 1
    raise ValueError("inside gen")
    yield 2

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caller caught:", e)
print(next(g, "exhausted"))
