matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print([list(row) for row in zip(*matrix)])
keys = ["a", "b", "c"]
vals = [1, 2]
print(dict(zip(keys, vals)))
for i, (k, v) in enumerate(zip(keys, vals), start=1):
    print(i, k, v)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(list(enumerate("ab", 10)))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
e = enumerate([])
print(list(e), type(e).__name__)
