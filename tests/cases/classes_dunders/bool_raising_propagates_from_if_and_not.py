class A:
    def __bool__(self):
        raise RuntimeError("no truth")
try:
    if A(): pass
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(not A())
except RuntimeError as e:
    print("RuntimeError", e)
print(A() is not None, [A()] and "list truthy")
