a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
b[0] = 99
c[1].append(4)
print(a)
print(b)
print(d)
print(a == d, a is d, a[1] is d[1])
