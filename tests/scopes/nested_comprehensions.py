def table(xs, ys):
    factor = 2
    return [[x * y * factor for y in ys] for x in xs]


print(table([1, 2], [3, 4]))
