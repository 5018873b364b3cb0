# copy() and set(s) rebuild the table, so they can order members differently from s.
s = set(range(0, 200, 7))
for x in range(0, 150, 7):
    s.discard(x)
s.add(3)
print(s)
print(s.copy())
print(set(s))
