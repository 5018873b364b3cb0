a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
c = a
c = c + [4]
print(a, c, a is c)
t = (1, 2)
u = t
u += (3,)
print(t, u)
