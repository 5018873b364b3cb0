# Difference keeps the left operand's order; a much smaller right operand is removed
# from a copy instead.
a = set(range(0, 64, 3))
print(a - {3, 6})
print(a - set(range(30)))
print({5, 13, 21} - {13})
print(a.difference([0, 60], {9}))
