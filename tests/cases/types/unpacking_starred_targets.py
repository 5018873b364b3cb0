a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), c = "xy", 3
print(a, b, c)
first, *_ = (9,)
print(first, _)
x, y = y, x = 1, 2
print(x, y)
