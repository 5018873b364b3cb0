for i in reversed(range(3)):
    print(i, end=" ")
print()
for i in range(10, 0, -4):
    print(i, end=" ")
print()
print(list(range(0, -5, -2)))
print(list(reversed([1, 2, 3])))
print("".join(reversed("abc")))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
