a = [1, 2]
a.append([3, 4])
print(a)
b = [1, 2]
b.extend([3, 4])
print(b)
c = [1]
c.extend("hi")
print(c)
d = [1]
d += "ok"
print(d)
try:
    d = d + "no"
except TypeError as e:
    print(e)
print(len(a), len(b))
