# CPython 3.11 adds floats one at a time (3.12 switched to compensated summation).
print(sum([0.1] * 10))
print(sum([0.1, 0.2, 0.3]))
print(sum([1, 2.5, 3]), sum([1, 2], 0.5), sum([[1], [2]], []))
