import bisect

t = (1, 3, 5)
bisect.insort(t, 4)
