d = {}
try:
    d[[1, 2]] = "pair"
except TypeError as e:
    print("TypeError:", e)
d[(1, 2)] = "pair"
print(d)
print(d[(1, 2)])
