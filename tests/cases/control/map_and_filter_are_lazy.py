def noisy(x):
    print("mapping", x)
    return x * 10

m = map(noisy, [1, 2, 3])
print("created map")
print(next(m))
print(list(m))
print(list(m))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f))
print(list(filter(lambda v: v > 1, range(4))))
print(list(map(pow, [2, 3], [3, 2])))
