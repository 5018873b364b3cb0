# a | b copies a, then adds b's members in b's order.
print({1, 2} | {100, 3})
print({100, 3} | {1, 2})
a = {8, 16}
b = {0, 24}
print(a | b, b | a)
print(a.union([40, 32], (1,)))
