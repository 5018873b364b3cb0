from itertools import islice

print(list(islice("abcdef", 2, 5)))
print(list(islice("abcdef", -1)))
