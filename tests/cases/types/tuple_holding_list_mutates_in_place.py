t = ([3, 1, 2], "x")
t[0].sort()
print(t)
t[0].extend([4])
print(t, len(t[0]))
try:
    t[0] = []
except TypeError as e:
    print(e)
try:
    t[0] += [5]
except TypeError as e:
    print(e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash(("x", 1)) == hash(("x", 1)))
