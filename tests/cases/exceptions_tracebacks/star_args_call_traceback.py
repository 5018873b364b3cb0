def f(a, b):
    return a - b

args = (1, "b")
f(*args)
