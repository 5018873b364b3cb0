print(None == False, None is False, not None)
print(bool(None) is False)
one = True + 0
print(one is not True, one == True)
print(str(True).lower(), repr(False))
print(type(None)() is None)
x = [] or None
print(x is None)
