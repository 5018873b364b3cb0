def f(x, y=1):
    return x

print(f.__annotations__)
f.__annotations__["x"] = int
print(f.__annotations__, f.__dict__)
