from itertools import groupby

groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
for k, g in groupby("xxyz"):
    print(k, list(g), list(g))
