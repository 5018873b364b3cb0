n = 3
gen = (x * n for x in range(n))
n = 10
print(list(gen))
items = [1, 2]
g2 = (x for x in items)
items = [7, 8, 9]
print(list(g2))
