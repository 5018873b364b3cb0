s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
