groups = {}
for pair in [(1, 2), (2, 1), (3, 4)]:
    key = frozenset(pair)
    groups.setdefault(key, []).append(pair)
for k, v in groups.items():
    print(sorted(k), v)
print(frozenset({1, 2}) == {1, 2})
print(frozenset({2, 1}))
