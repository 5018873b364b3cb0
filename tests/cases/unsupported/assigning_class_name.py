class A:
    __qualname__ = "Custom.Name"
    __module__ = "mymod"
print(A, A.__qualname__, A.__module__, A.__name__)
print(repr(A()).startswith("<mymod.Custom.Name object at"))
A.__name__ = "Renamed"
print(A, A.__name__)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
A.__qualname__ = "Q"
print(A)
