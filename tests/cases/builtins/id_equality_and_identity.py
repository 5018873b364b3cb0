a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))
print(a is b, a is c)
x = None
print(id(x) == id(None))
def f():
    return a
print(id(f()) == id(a))
