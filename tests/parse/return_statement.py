def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return (1, 2)
def j():
    return x if y else z
