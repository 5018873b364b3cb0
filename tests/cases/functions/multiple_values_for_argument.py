def f(a, b):
    return a + b

try:
    f(1, a=2)
except TypeError as e:
    print(e)
print(f(b=1, a=2))
def g(x, *args):
    return x, args
try:
    g(1, 2, x=3)
except TypeError as e:
    print(e)
