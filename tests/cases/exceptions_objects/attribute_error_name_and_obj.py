class A:
    pass

a = A()
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a)
    print(e.args)
