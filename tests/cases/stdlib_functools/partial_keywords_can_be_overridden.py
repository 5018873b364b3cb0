from functools import partial

def power(base, exponent=2, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), cube(2, exponent=4))
print(cube.func is power, cube.args, cube.keywords)
two_to = partial(power, 2)
print(two_to(10), two_to(10, mod=1000))
print([partial(power, mod=7)(b) for b in range(5)])
nested = partial(partial(power, 3), mod=5)
print(nested(), nested.args, nested.keywords)
try:
    two_to(3, base=4)
except TypeError as e:
    print("TypeError:", e)
int2 = partial(int, base=2)
print(int2("1010"), int2("11", base=3))
