def show(*args, **kwargs):
    print(type(args).__name__, args)
    print(type(kwargs).__name__, kwargs)

show()
show(1, 2, x=3)
show(*[1, 2], *"ab", **{"k": 1}, z=0)
def head(first, *rest):
    return first, rest
print(head(1), head(1, 2, 3))
