def show():
    return abs(-3), max(1, 2), str(7)

print(show())
abs = lambda n: "global abs"
print(show())
del abs
print(show())
