from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"))
print(reduce(operator.add, [], 0))
print(reduce(operator.add, []))
