# NaN compares false with everything, so the result depends on the algorithm's steps.
nan = float("nan")
print(sorted([3, nan, 1, 2, 0]))
print(sorted([nan, 3, 1]))
print(sorted([2.5, 1.5, nan, 0.5, nan, -1.0]))
