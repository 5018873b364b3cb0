import copy

inner = [1, 2]
outer = {"a": inner, "b": inner}
clone = copy.deepcopy(outer)
clone["a"].append(3)
print(outer, clone, clone["a"] is clone["b"])
loop = [1]
loop.append(loop)
print(copy.deepcopy(loop))
