d = {"a": 1}
for key in ["b", 3, ("t", 1)]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e))
try:
    d.pop("zz")
except KeyError as e:
    print("pop:", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
