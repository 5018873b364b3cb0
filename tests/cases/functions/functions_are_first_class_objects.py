def double(x):
    return 2 * x

def apply(f, values):
    return [f(v) for v in values]

alias = double
print(apply(alias, [1, 2, 3]))
print(alias is double, alias.__name__)
funcs = [double, str, abs]
print([f(-3) for f in funcs])
def compose(f, g):
    return lambda x: f(g(x))
print(compose(str, double)(21) + "!")
