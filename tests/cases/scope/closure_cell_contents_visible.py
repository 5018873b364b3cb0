def outer(a):
    b = a * 2
    def inner():
        return a + b
    return inner

f = outer(5)
print(f())
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(outer.__code__.co_cellvars)
