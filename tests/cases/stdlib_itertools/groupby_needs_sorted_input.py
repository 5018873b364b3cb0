from itertools import groupby

data = ["apple", "bean", "avocado", "banana", "cherry", "blueberry"]
print([(k, list(g)) for k, g in groupby(data, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(data), key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
