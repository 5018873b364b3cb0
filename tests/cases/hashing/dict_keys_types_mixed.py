d = {None: 0, True: 1, 2: 2, 3.5: 3, "s": 4, (1, 2): 5, frozenset(): 6, b"b": 7, 1j: 8}
for k in d:
    print(repr(k), d[k])
print(d[1], d[1.0])
