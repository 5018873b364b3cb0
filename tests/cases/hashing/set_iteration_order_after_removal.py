s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
s.discard(5)
s.add(21)
print(s)
s.remove(1)
s.add(33)
print(s)
for n in range(100, 110):
    s.add(n)
print(sorted(s) == sorted(list(s)), len(s))
print(s)
