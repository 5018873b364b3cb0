a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)))
print(a <= {1, 2, 3, 4, 5}, {1} < {1}, a.isdisjoint({7}))
print(a.issuperset({1, 2}))
c = set(a)
c -= {1}
c |= {10}
print(c)
