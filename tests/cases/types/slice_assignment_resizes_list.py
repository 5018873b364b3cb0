xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c", "d"]
print(xs)
xs[:] = [9]
print(xs)
xs[1:1] = [7, 8]
print(xs)
xs[len(xs):] = [1]
print(xs)
ys = list(range(6))
ys[::2] = ["x", "y", "z"]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print(e)
ys[1:3] = "ab"
print(ys)
