a = [0, 0, 0]
i = 0
a[i] = i = 1
print(a, i)
x = [1]
x += x
print(x)
y = [1, 2]
y[0], y[1] = y[1], y[0]
print(y)
j = 0
b = [10, 20, 30]
j, b[j] = 1, 99
print(j, b)
