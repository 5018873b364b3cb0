def double(x):
    return x * 2 + 1

print(list(map(double, [1, 2, "3"])))
