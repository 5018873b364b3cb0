import bisect

people = [("ann", 25), ("bob", 31), ("cy", 40)]
i = bisect.bisect_left(people, 31, key=lambda p: p[1])
print(i, people[i])
print(bisect.bisect_right(people, 31, key=lambda p: p[1]))
