values = [4, 2, 0, 1]
inverse = lambda v: 1 / v
print([inverse(v) for v in values])
