# A function with only keyword-only parameters (one with a default) called without the
# required one names it in the TypeError.
def kwonly(*, a, b=2):
    return a + b
def star(*args, key, sep):
    return args
def both(x, *, y):
    return x, y
for call in [lambda: kwonly(), lambda: star(1), lambda: star(key=1), lambda: both(1), lambda: both(), lambda: kwonly(b=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
