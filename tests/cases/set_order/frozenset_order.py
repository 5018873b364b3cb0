# frozenset() follows the same table rules; the result of an operation takes the left
# operand's type.
f = frozenset([9, 1, 17, 4])
print(f, f | {2}, {2} | f, f & {17, 1}, f - {1})
print(frozenset(range(12, 0, -1)))
