d = {}
a = (1, 2)
b = tuple([1, 2])
d[a] = "first"
d[b] = "second"
print(d, len(d))
k = 10 ** 20
d[k] = "big"
print(d[10 ** 20])
print(list(d)[0] is a)
