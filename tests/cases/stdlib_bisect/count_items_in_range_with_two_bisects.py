from bisect import bisect_left, bisect_right

data = [1, 2, 4, 4, 4, 7, 8, 10]
def count_between(lo, hi):
    return bisect_right(data, hi) - bisect_left(data, lo)
print(count_between(4, 8), count_between(5, 6), count_between(0, 100))
