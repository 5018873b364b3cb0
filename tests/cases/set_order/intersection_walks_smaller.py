# Between two sets, intersection walks the smaller one (the argument when sizes are equal).
a = set()
for x in [1, 9, 17, 25]:
    a.add(x)
b = set()
for x in [25, 17, 9, 1, 2]:
    b.add(x)
print(a & b, b & a)
print(a.intersection([25, 1, 9]))
c = set()
for x in [17, 1]:
    c.add(x)
d = set()
for x in [1, 17]:
    d.add(x)
print(c & d, d & c)
