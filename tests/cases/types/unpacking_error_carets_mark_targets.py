pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
first, *rest = [1, 2, 3]
print(first, rest)
try:
    x, y = "abc"
except ValueError as e:
    print("ValueError:", e)
a, b, c = [1, 2]
