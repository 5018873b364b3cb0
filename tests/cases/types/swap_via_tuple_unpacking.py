a, b = 1, 2
a, b = b, a
print(a, b)
xs = [0, 1, 2]
i = 0
i, xs[i] = 2, 9
print(i, xs)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
