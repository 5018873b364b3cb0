def ok(func):
    print("ok wraps", func.__name__)
    return func

def bad(func):
    raise TypeError("bad decorator")

@bad
@ok
def work():
    pass
