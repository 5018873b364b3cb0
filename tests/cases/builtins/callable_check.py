def f():
    pass

class C:
    pass

print(callable(f), callable(print), callable(C), callable(C()))
print(callable(lambda: 0), callable(1), callable("str"), callable(str))
