# Changing a dict while iterating over it: a new size is an error at once; swapping keys
# while the size stays is caught when the iterator finds more entries than it expected.
d = {"a": 1}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + "x"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(seen, d)

# After that error the iterator is finished.
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
del d["a"]
d["c"] = 3
print(next(it))
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(it, "exhausted"))

# Views' iterators count the same way.
d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    it = iter(view)
    first = next(it)
    d.pop("b")
    d["b"] = 20
    try:
        print(first, list(it))
    except RuntimeError as e:
        print(type(it).__name__, "RuntimeError:", e)
    d = {"a": 1, "b": 2}

# A size change is reported first, and stays reported.
d = {"a": 1}
it = iter(d)
next(it)
d["b"] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)

# Replacing values is fine.
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)

# Deleting and re-adding a key already passed, in a bigger dict.
d = dict.fromkeys("abcdef", 0)
out = []
try:
    for k in d:
        out.append(k)
        if k == "c":
            del d["a"]
            d["a"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(out, list(d))
