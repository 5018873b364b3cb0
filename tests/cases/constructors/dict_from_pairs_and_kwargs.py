# dict() from a mapping or an iterable of pairs, then keyword arguments.
print(dict([("a", 1), ("b", 2)], c=3), dict({"x": 1}, x=2), dict(zip("ab", [1, 2])), dict(["xy"]))
for bad in [[1], [[1]], [(1, 2, 3)], [(1, 2), 5]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
