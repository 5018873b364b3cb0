x = "module x"
squares = [x * x for x in range(3)]
print(x)


def f():
    y = "f y"
    return [y for y in range(2)], y
