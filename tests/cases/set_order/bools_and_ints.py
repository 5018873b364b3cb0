# True == 1 == 1.0: the first one added stays.
s = set()
for x in [True, 1, 1.0, False, 0, 2]:
    s.add(x)
print(s)
t = set()
for x in [1.0, True, 0, False]:
    t.add(x)
print(t)
