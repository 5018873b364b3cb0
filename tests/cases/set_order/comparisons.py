# Subset comparisons, equality between set and frozenset.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == frozenset([2, 1]), a != b)
print(a.issubset([1, 2, 5]), b.issuperset([3]), a.isdisjoint({3}))
print({1} in {frozenset([1])})
