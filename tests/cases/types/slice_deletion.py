xs = list(range(10))
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
del xs[1]
print(xs)
del xs[:]
print(xs)
ys = [1, 2, 3]
del ys[5:]
print(ys)
