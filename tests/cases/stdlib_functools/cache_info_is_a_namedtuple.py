import functools


@functools.lru_cache(maxsize=4)
def f(x):
    return x


f(1)
f(1)
f(2)
ci = f.cache_info()
print(ci, ci.hits, ci[1], tuple(ci), ci == (1, 2, 4, 2), len(ci))
hits, misses, maxsize, currsize = ci
print(hits, misses, maxsize, currsize)
print(type(ci), isinstance(ci, tuple))
print(ci._fields)
print(ci._asdict())
print(ci._replace(hits=0))
print(f.cache_info() == ci, type(f.cache_info()) is type(ci))
