from itertools import chain

nested = [[1, 2], (3,), "ab"]
print(list(chain(*nested)))
print(list(chain.from_iterable(nested)))
it = chain([1], [2, 3])
print(next(it), next(it), list(it), list(it))
