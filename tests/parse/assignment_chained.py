a = b = c = 0
x = y = [1, 2]
a.b = c[0] = d = e()
first, second = left = right = pair
