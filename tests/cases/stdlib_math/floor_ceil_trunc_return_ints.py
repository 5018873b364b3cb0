import math

for x in [2.5, -2.5, 3.0, -0.1]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x))
print(type(math.floor(2.7)).__name__, math.floor(10**20 + 0.5) == 10**20)
print(math.ceil(1e16 + 1), math.floor(-1e-300))
