xs = [1, 2, 3, 2, 1]
xs.remove(2)
print(xs)
print(xs.index(1), xs.count(1))
ys = [1, 1, 2, 1]
while 1 in ys:
    ys.remove(1)
print(ys)
