class A:
    x = 1

first = A

class A:
    x = 2

print(first.x, A.x, first is A)
print(first().x, A().x)
