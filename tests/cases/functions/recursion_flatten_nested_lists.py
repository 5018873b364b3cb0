def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0

print(depth([1, [2, [3]]]), depth([]), depth(7))
