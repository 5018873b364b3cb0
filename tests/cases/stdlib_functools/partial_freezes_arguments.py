from functools import partial

def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punctuation="?"))
base2 = partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.args, base2.keywords)
print(partial(hello, "Cy").args)
print([partial(pow, 2)(n) for n in range(6)])
