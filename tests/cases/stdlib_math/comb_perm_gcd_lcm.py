import math

print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5))
print(math.perm(5, 2), math.perm(4), math.perm(3, 5))
print(math.gcd(48, 18), math.gcd(0, 7), math.gcd(), math.gcd(-12, 18, 30))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
try:
    math.comb(5, -1)
except ValueError as e:
    print("ValueError:", e)
