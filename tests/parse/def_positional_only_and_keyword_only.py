def f(a, /): pass
def f(a, b, /, c): pass
def f(a, /, *, b): pass
def f(*, a): pass
def f(*, a, b=1, c): pass
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def f(a=1, /, b=2): pass
def f(*args, a, **kw): pass
def f(a, /, b, *, c, **kw): pass
def f(a,): pass
def f(*, a,): pass
def f(**kw,): pass
