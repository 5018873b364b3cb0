e = ZeroDivisionError("z")
print(type(e).__name__, type(e).__module__, type(e).__qualname__)
class Local(Exception):
    pass
print(Local.__module__, Local.__qualname__)
