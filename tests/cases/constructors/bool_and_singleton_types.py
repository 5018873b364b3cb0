# bool() is truthiness; calling the types of None, NotImplemented and ... gives the singletons.
print(bool(), bool(0.0), bool("x"), bool([]), type(None)() is None, type(...)() is Ellipsis)
try:
    type(None)(1)
except TypeError as e:
    print(e)
