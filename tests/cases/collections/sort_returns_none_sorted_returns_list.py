xs = [3, 1, 2]
result = xs.sort()
print(result, xs)
ys = [3, 1, 2]
zs = sorted(ys)
print(ys, zs)
print(sorted("banana"))
print(sorted({"b": 1, "a": 2}))
print(sorted((3, 1), reverse=True))
