def documented(a, b=2, *args, c, **kw):
    """Return nothing much."""
    local_one = 1
    return a

print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_varnames)
