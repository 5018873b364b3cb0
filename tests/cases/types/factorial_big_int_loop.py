n = 1
for i in range(1, 31):
    n *= i
print(n)
print(n % 1000003)
print(str(n).count("0"))
print(n // 2 ** 26)
