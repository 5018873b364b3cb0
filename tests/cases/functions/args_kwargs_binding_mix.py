def f(a, b=2, *args, c, d=4, **kwargs):
    print(a, b, args, c, d, kwargs)

f(1, c=3)
f(1, 5, 6, 7, c=3, e=8)
f(*[1, 2, 3], **{"c": 9, "z": 0})
f(c=1, a=0)
args = (10,)
kwargs = {"b": 20, "c": 30}
f(*args, **kwargs)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
f(1, 2, b=3, c=4)
