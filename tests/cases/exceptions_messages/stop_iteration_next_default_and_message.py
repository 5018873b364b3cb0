it = iter([])
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.args)
