import math

print(-7 % 3, math.fmod(-7, 3), 7 % -3, math.fmod(7, -3))
print(-7 // 2, math.floor(-7 / 2), int(-7 / 2), math.trunc(-3.5))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2))
print(math.isqrt(17), math.isqrt(10**20), math.sqrt(16), type(math.sqrt(16)).__name__)
print(math.ceil(-0.5), math.floor(-0.5), math.copysign(3, -0.0))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.prod([1, 2, 3, 4]))
print(math.inf > 10**100, -math.inf < -1e308, math.isnan(math.nan), math.nan == math.nan)
print(math.log2(1024), math.log10(0.001), math.exp(0), math.pi)
print(math.dist((0, 0), (3, 4)), math.hypot(5, 12))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
