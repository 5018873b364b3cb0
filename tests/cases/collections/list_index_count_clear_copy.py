xs = ["x", "y", "x", "z"]
print(xs.index("x"), xs.index("x", 1), xs.count("x"))
ys = xs.copy()
xs.clear()
print(xs, ys)
try:
    ys.index("q")
except ValueError as e:
    print(e)
