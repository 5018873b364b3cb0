points = {(0, 0), (1, 0), (0, 1), (2, 3), (3, 2)}
print(sorted(points))
print(len(points))
for p in points:
    print(p)
