del a
del a, b
del a,
del a.b
del a[0]
del a[1:2]
del (a)
del (a, b)
del [a, b]
del (a), [b]
del a.b[0], c
