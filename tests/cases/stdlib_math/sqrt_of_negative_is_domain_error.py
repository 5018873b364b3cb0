import math

def hypotenuse(a, b):
    return math.sqrt(a * a + b * b)

print(hypotenuse(3, 4))
print(math.sqrt(16), math.isqrt(17))
side = -9
print(math.sqrt(side))
