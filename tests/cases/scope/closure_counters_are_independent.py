def make_counter(start=0):
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

a = make_counter()
b = make_counter(10)
print(a(), a(), b(), a(), b())
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(a.__code__.co_freevars, make_counter.__code__.co_cellvars)
c = a
print(c(), a())
