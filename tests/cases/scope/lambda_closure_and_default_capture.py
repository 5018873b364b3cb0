x = 1
f = lambda: x
g = lambda x=x: x
x = 2
print(f(), g())
adders = {n: (lambda v, n=n: v + n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
