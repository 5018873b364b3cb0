# Iterating an array, and builtins that consume it.
from array import array as A
a = A("d", [0.5, 1.5, 2.0])
print(list(a), sum(a), max(a), min(a), sorted(a, reverse=True), len(a), bool(a), bool(A("d")))
it = iter(a)
print(type(it).__name__, next(it))
a.append(3.0)
print(list(it))
print(list(reversed(A("i", [1, 2, 3]))), [x * 2 for x in A("b", [1, -1])])
print(list(A("u", "abc")), "".join(A("u", "xyz")), list(enumerate(A("B", [7, 8]))))
