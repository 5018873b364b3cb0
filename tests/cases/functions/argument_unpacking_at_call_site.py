def point(x, y, z=0):
    return f"({x}, {y}, {z})"

args = [1, 2]
print(point(*args))
print(point(*args, 3))
print(point(**{"y": 5, "x": 4}))
print(point(*range(1, 4)))
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    point(**{"x": 1, "w": 2})
except TypeError as e:
    print(e)
