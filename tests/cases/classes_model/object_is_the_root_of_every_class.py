class A:
    pass

class B(A):
    pass

print(A.__bases__, B.__bases__)
print(object.__bases__)
print(B.__mro__)
for t in (int, str, list, type, A, B):
    print(t.__name__, isinstance(t(), object) if t is not type else True, issubclass(t, object))
print(isinstance(A, object), isinstance(object, type), isinstance(type, object))
