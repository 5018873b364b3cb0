colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=1):
    print(i, c)
print(list(enumerate("ab", 10)))
e = enumerate([5])
print(next(e))
