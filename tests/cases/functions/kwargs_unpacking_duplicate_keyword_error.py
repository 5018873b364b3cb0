def f(**kw):
    return kw

print(f(a=1, **{"b": 2}))
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{1: "x"})
except TypeError as e:
    print(e)
