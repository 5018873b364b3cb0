square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(4), add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, z=2))
print(square.__name__)
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
print((lambda: "no args")())
