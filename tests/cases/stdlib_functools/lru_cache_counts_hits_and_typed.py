from functools import lru_cache

calls = []

@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n

for n in [2, 3, 2, 4, 3, 2]:
    square(n)
print(calls)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(square(3) is square(3), square.__name__)

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

@lru_cache
def untyped(x):
    return type(x).__name__

print(untyped(1), untyped(1.0), untyped(True))
