import bisect

a = [5, 1, 4, 2]
print(bisect.bisect(a, 3))
bisect.insort(a, 3)
print(a)
