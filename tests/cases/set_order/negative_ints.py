# Negative hashes probe with a huge unsigned perturb; -1 and -2 share the hash -2.
s = set()
for x in [-1, -2, -3, 5, -8, 8]:
    s.add(x)
print(s)
t = set()
for x in [-2, -1]:
    t.add(x)
print(t)
