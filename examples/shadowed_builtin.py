# A global named like a builtin hides the builtin: Global comes before Built-in.
words = ["a", "bb", "ccc"]
print(len(words))

len = 100
try:
    print(len(words))
except TypeError as err:
    print(err)

del len
print(len(words))
