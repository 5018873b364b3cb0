# locals() in a function: parameters in co_varnames order, then the other locals, then
# cells and free variables; unbound names are left out. vars() without arguments is the same.
def f(a, b, /, c, *args, d=4, **rest):
    x = 1
    return locals()

print(f(1, 2, 3))
print(f(1, 2, 3, 9, d=5, e=6))

def outer(p):
    y = 10
    def inner(q):
        z = q + y
        return locals()
    print(list(locals()))
    return inner(5)

print(outer(0))

def unbound():
    print(locals())
    late = 1

unbound()

def h(n):
    s = "x"
    return vars()

print(h(3))

def fmt(name, age):
    return "{name} is {age}".format(**locals())

print(fmt("Ann", 5))
lam = lambda x, y=2: locals()
print(lam(1))

def gen():
    i = 0
    yield locals()
    i = 5
    yield locals()

print(list(gen()))
