lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *args: args
lambda **kwargs: kwargs
lambda *, k: k
lambda *, k=1: k
lambda a, /: a
lambda a, /, b: a
lambda a, b=2, /, c=3, *args, d, e=5, **kwargs: 0
lambda a=1, /, b=2, *, c: 0
lambda *args, **kw: 0
lambda x,: x
