# co_cellvars: the parameters captured by inner functions come first, in parameter order,
# then the other captured locals sorted by name.
def counter(start, step):
    n = start
    a = 0

    def inc():
        nonlocal n, a
        n += step
        a += 1
        return n, start

    return inc


print(counter.__code__.co_cellvars)
print(counter(1, 2).__code__.co_freevars)


def g(z, y):
    b = 1
    return lambda: (z, y, b)


print(g.__code__.co_cellvars, g.__code__.co_varnames)
