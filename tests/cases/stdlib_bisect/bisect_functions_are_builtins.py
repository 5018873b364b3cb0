import bisect

print(bisect.bisect, bisect.insort, bisect.bisect_left)
print(bisect.bisect is bisect.bisect_right)
