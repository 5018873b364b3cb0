f = lambda x: lambda y: x + y
g = lambda x=lambda: 1: x()
h = (lambda: (yield))
key = sorted(items, key=lambda item: (item[1], -item[0]))
adders = [lambda x, n=n: x + n for n in range(3)]
