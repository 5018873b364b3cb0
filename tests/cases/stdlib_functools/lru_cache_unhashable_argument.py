from functools import lru_cache

@lru_cache
def total(items):
    return sum(items)

print(total((1, 2, 3)))
print(total([1, 2, 3]))
