a = b = []
a.append(1)
print(a, b)
x = y = 0
x += 1
print(x, y)
p = q = r = "s"
print(p, q, r)
xs = [0, 0]
i = xs[i] = 1 if False else 1
print(i, xs)
