def f(x, items=[]):
    items.append(x)
    return items


print(f(1), f(2), f.__defaults__)
f.__defaults__ = ([],)
print(f(9))
