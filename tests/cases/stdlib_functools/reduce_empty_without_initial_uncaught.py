from functools import reduce

def longest(a, b):
    print("compare", a, b)
    return a if len(a) >= len(b) else b

print(reduce(longest, ["ab", "abcd", "xyz", "wxyz"]))
print(reduce(longest, ["only"]))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [], "start"))
reduce(longest, [])
