def everything(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    return a, b, c, args, d, e, kwargs


def closure(p, /, q, *rest, k, **kw):
    def inner():
        return p, q, rest, k, kw

    return inner
