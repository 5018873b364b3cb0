class Thing:
    pass

t = Thing()
Thing.__len__ = lambda self: 7
Thing.__repr__ = lambda self: "patched"
print(len(t), repr(t), t)
