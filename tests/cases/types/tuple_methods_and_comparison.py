t = (3, 1, 3, 2, 3)
print(t.count(3), t.index(2))
print((1, 2) < (1, 3))
print((1, 2) < (1, 2, 0))
print((2,) > (1, 99))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(() < (0,))
try:
    t.index(9)
except ValueError as e:
    print(e)
