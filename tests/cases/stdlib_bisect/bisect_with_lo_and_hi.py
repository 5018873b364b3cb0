import bisect

a = [1, 3, 5, 7, 9, 11]
print(bisect.bisect_left(a, 7, 0, 2))
print(bisect.bisect_left(a, 7, lo=4))
print(bisect.bisect_right(a, 5, hi=3))
print(bisect.bisect_left(a, 4, 1, None))
