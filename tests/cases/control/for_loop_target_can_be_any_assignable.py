d = {}
for d["key"] in range(3):
    pass
print(d)
xs = [0, 0, 0]
for i, xs[i] in enumerate("abc"):
    pass
print(xs)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
