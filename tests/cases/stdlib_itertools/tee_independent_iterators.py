from itertools import tee, pairwise

a, b = tee(iter([1, 2, 3]))
print(next(a), next(a))
print(list(b), list(a))
print(list(pairwise("abcd")))
