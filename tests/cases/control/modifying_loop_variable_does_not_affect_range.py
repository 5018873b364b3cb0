for i in range(3):
    print(i, end=" ")
    i = 100
print()
print(i)
n = 3
for i in range(n):
    n = 0
print(i, n)
