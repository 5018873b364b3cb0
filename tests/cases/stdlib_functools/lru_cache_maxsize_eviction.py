from functools import lru_cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

for n in [2, 3, 2, 4, 3, 2]:
    print(square(n))
print(square.cache_info())
