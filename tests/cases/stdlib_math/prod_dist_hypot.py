import math

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((1, 1), (4, 5)))
print(math.hypot(0.1, 0.2), math.sqrt(0.1 ** 2 + 0.2 ** 2))
