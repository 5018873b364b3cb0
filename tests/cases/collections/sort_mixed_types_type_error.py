try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
try:
    [1, None].sort()
except TypeError as e:
    print(e)
print(sorted([True, 0, 2.5, -1]))
print(sorted([[2], [1, 5], [1]]))
