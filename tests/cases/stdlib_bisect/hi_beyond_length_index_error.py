import bisect

print(bisect.bisect_left([1, 2, 3], 2, hi=10))
