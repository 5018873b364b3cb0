def unique(items):
    return list(set(items))

print(sorted(unique([3, 1, 3])))
list = [1, 2, 3]
print(sum(list), len(list))
del list
print(list("ab"))
list = ["x"]
print(unique([1]))
