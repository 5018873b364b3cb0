# CPython 3.11 keeps one locals() dict per frame: each call refreshes it, so a dict taken
# earlier shows later values, itself, and loses deleted names.
def g():
    a = 1
    d = locals()
    b = 2
    print(d)
    locals()
    print(d)
    del a
    locals()
    print(d, d is locals())

g()
