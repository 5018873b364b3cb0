from itertools import takewhile, dropwhile, filterfalse, compress

nums = [1, 4, 6, 3, 8, 2]
print(list(takewhile(lambda n: n < 5, nums)))
print(list(dropwhile(lambda n: n < 5, nums)))
print(list(filterfalse(lambda n: n % 2, nums)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
