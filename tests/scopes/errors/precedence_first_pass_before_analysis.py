nonlocal x


def f(a, a):
    pass
