# Only hashable values can be dict keys: a tuple is, a list is not, nor a tuple holding one.
seen = {}
seen[(1, 2)] = "tuple"
for key in ([1, 2], (1, [2])):
    try:
        seen[key] = "never stored"
    except TypeError as err:
        print(err)
print(seen)
