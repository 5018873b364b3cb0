import bisect

pairs = [(1, "a"), (2, "b"), (3, "c")]
bisect.insort_left(pairs, (2, "x"), key=lambda p: p[0])
print(pairs)
bisect.insort_right(pairs, (2, "y"), key=lambda p: p[0])
print(pairs)
