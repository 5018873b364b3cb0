print({3, 1, 2})
print({10, 5, 1, 7, 100})
print({-1, -2, 0, 1})
print(set([5, 4, 3, 2, 1, 0]))
s = set()
for n in [40, 8, 16, 24, 32]:
    s.add(n)
print(s)
print(list({9, 17, 25, 1}))
