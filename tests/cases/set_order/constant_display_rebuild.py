# A display of constants becomes a frozenset constant rebuilt from its own iteration
# order, which can swap colliding members relative to adding them one by one.
print({-1, -2, 5, 100, 7.5, (1, 2), 2.5, -7.25, True, False, (3, -4, 5.5)})
items = [-1, -2, 5, 100, 7.5, (1, 2), 2.5, -7.25, True, False, (3, -4, 5.5)]
s = set()
for x in items:
    s.add(x)
print(s)
for x in {-1, -2, 5, 100, 7.5, (1, 2), 2.5, -7.25, True, False, (3, -4, 5.5)}:
    print(x, end=" ")
print()
