class A:
    pass

print(isinstance(A, type), isinstance(A(), type))
print(isinstance(int, type), isinstance(3, type))
print(issubclass(type, object), issubclass(object, type))
print(isinstance(True, int), issubclass(bool, int))
