r = range(10, 0, -3)
print(r)
print(list(r))
print(len(r), r[1], r[-1])
print(r[1:3])
print(7 in r, 8 in r)
print(range(5) == range(0, 5, 1))
print(range(0) == range(5, 2))
print(list(range(-3)))
print(r.index(4), r.count(7))
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
