print(dict(a=1, b=2))
print(dict([("a", 1), ("b", 2)]))
print(dict({"a": 1}, b=2))
print(dict(zip(["x", "y"], [1, 2])))
print(dict())
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
