# Late binding: each lambda looks `i` up when it is called, not when it is made.
def make_multipliers():
    return [lambda x: x * i for i in range(3)]


def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(3)]


print([m(10) for m in make_multipliers()])
print([m(10) for m in make_multipliers_fixed()])
