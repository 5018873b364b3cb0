class A: pass
for n, v in (('__mro__', ()), ('__dict__', {}), ('__qualname__', 3), ('__name__', None), ('__doc__', "documented"), ('__module__', "elsewhere")):
    try:
        setattr(A, n, v)
        print("set", n)
    except Exception as e:
        print(type(e).__name__, e)
print(A.__doc__, A.__module__, A)
