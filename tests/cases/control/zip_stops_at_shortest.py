names = ["a", "b", "c"]
ages = [1, 2]
print(list(zip(names, ages)))
print(list(zip()))
print(list(zip("xy", range(10), [True, False, None])))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(dict(zip(names, ages)))
