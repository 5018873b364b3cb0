from itertools import permutations

perms = permutations([1, 2, 3])
print(len(list(perms)))
print(len(list(perms)))
print(type(perms).__name__)
