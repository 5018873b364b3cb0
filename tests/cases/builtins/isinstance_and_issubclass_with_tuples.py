print(isinstance(3, int), isinstance(3, (str, float)), isinstance(3, (str, int)))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(3.0, (int, float)))
print(isinstance([], object), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)))
print(issubclass(ZeroDivisionError, (ArithmeticError, KeyError)))
print(type(True) is int, type(True) == bool)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
