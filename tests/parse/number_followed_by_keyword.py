x = 1if y else 2
z = [1for _ in range(3)]
w = 1or 2
v = 1and 2
u = 0x1for x in []
t = 1in [1]
s = 1is 1
r = 1.5if y else 2
