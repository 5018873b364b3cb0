f()
f(a)
f(a, b)
f(a, b,)
f(x=1)
f(a, x=1, y=2)
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(a, *args, b, x=1, *more, y=2, **kw, **kw2)
f(*a, *b)
f(x=1, *args)
f(**a, x=1)
f(
    a,
    b,
)
f(a)(b)(c)
