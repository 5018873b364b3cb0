def f(**kw, *args):
    pass
