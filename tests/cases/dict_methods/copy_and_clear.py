d = {1: [1], 2: [2]}
c = d.copy()
d[1].append("shared")
d.clear()
print(d, c, c is not d)
