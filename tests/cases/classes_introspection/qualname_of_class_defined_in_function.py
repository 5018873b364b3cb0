def make():
    class Local:
        def m(self):
            pass
    return Local

L = make()
print(L.__name__, L.__qualname__)
print(L.m.__qualname__)
print(repr(L))
print(repr(L()).startswith("<__main__.make.<locals>.Local object at 0x"))
