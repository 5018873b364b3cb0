import math

print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(math.e), math.log(1))
print(math.log(10**400, 10), math.log2(2**2000))
for bad in [(0,), (-1,), (8, 1)]:
    try:
        math.log(*bad)
    except (ValueError, ZeroDivisionError) as e:
        print(bad, type(e).__name__, e)
