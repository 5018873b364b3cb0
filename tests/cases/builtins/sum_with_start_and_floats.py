print(sum([1, 2, 3]))
print(sum([1, 2, 3], 10))
print(sum([0.1] * 10))
print(sum([[1], [2, 3]], []))
print(sum(x * x for x in range(5)))
print(sum([]), sum([], 0.0))
print(sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
