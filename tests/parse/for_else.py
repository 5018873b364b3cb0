for x in xs:
    pass
for i, x in enumerate(xs):
    print(i, x)
else:
    print('done')
for x, in pairs: pass
for (a, b) in c:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for a.b in c:
    pass
for a[0] in c:
    pass
