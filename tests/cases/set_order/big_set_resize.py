# Tables grow to used*4 slots when 3/5 full; big ints and collisions spread the order.
s = set()
for i in range(40):
    s.add(i * 37 % 101)
    if i in (4, 5, 19, 20, 39):
        print(len(s), s)
t = set()
for i in range(30):
    t.add(i * 1000003 - 50000000)
print(t)
