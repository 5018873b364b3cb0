# Equal keys keep their order, also with reverse=True.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
