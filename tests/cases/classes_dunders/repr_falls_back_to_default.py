class Plain:
    pass

p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"))
print(str(p) == repr(p))
print(repr(Plain))
