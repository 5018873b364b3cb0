def broken(func):
    return func.missing_attribute

@broken
def f():
    pass
