f = frozenset([3, 1, 2])
print(f)
print(f | {4})
print({4} | f)
print(f & frozenset({1, 9}))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(len(f), 2 in f)
