# list/tuple/set/frozenset copy any iterable; tuple and frozenset return their own type as is.
t = (1, 2)
f = frozenset([3])
print(list("abc"), tuple(range(3)), sorted(set([3, 1, 3])), tuple(t) is t, frozenset(f) is f)
for call in [lambda: list(1), lambda: tuple(1, 2), lambda: set([[1]]), lambda: list(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
