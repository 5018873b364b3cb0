# a ^ b starts from b and toggles a's members in.
a = {1, 2, 3}
b = {3, 4, 16}
print(a ^ b, b ^ a)
print(a.symmetric_difference([9, 1, 17]))
a ^= {2, 10}
print(a)
