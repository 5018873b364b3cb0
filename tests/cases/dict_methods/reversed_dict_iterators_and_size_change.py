# reversed() over a dict or its views walks the live dict backwards with its own iterator
# types, and a size change while it runs is a RuntimeError that stays raised.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(type(reversed(d)).__name__, type(reversed(d.keys())).__name__)
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
it = reversed(d)
print(next(it))
d["z"] = 0
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
it = reversed(d)
print(list(it), list(it))
d["q"] = 1
print(list(it))
it = reversed(d.values())
next(it)
d["a"] = 100
print(list(it))
print(list(reversed({})))
