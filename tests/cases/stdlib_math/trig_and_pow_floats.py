import math

print(math.sin(math.pi), math.cos(math.pi), math.tan(math.pi / 4))
print(math.sin(math.pi / 6), math.asin(0.5), math.atan2(1, -1))
print(math.pow(2, 10), 2 ** 10, math.pow(2, -1), math.exp(1), math.exp(2))
print(math.cbrt(27), math.sqrt(2), math.gamma(5), math.gamma(0.5) ** 2)
try:
    math.pow(10, 1000)
except OverflowError as e:
    print("OverflowError:", e)
