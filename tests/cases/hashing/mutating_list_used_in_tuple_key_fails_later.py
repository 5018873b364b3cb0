inner = [1]
key = (0, tuple(inner))
d = {key: "ok"}
inner.append(2)
print(d[(0, (1,))])
print((0, (1, 2)) in d)
try:
    d[(0, inner)] = "bad"
except TypeError as e:
    print(e)
