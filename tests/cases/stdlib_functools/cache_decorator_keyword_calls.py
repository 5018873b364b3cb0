from functools import cache

@cache
def power(base, exp=2):
    print(f"power({base}, {exp})")
    return base ** exp

print(power(3))
print(power(3))
print(power(3, 2))
print(power(3, exp=2))
print(power(exp=2, base=3))
print(power.cache_info())
