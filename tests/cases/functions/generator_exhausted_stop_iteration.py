def two():
    yield 1
    yield 2
    return "finished"

g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"))
