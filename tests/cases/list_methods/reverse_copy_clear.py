l = [1, [2], 3]
c = l.copy()
l.reverse()
print(l, c, c[1] is l[1])
l.clear()
print(l, c)
