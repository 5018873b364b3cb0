import bisect

print(bisect.bisect_left(range(0, 100, 5), 42))
print(bisect.bisect("acegi", "d"))
