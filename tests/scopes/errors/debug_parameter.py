def f(__debug__=True):
    pass
