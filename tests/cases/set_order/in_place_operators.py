# |= &= -= ^= change the set in place (same object).
s = {1, 2, 3}
before = id(s)
s |= {9, 17}
s &= {1, 9, 17, 33}
s -= {9}
s ^= {1, 25}
print(s, id(s) == before)
