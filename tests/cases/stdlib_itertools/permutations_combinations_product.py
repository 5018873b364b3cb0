from itertools import permutations, combinations, combinations_with_replacement, product

print(list(permutations("abc", 2)))
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 2)))
print(list(product("ab", repeat=2)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 3))))
print(["".join(p) for p in permutations("dog")])
