d = {"a": 1}
d.update({"b": 2, "a": 10})
d.update([("c", 3), ["d", 4], "ef"])
d.update(g=7, a=100)
d.update(d)
print(d)
for arg in (5, [1], [(1, 2, 3)], [[1]]):
    try:
        d.update(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
