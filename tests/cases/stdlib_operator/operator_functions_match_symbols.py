import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(-7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.eq(1, 1.0))
print(reduce(operator.mul, [1, 2, 3, 4]), list(map(operator.add, [1, 2], [10, 20])))
print(operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"), operator.methodcaller("upper")("hi"))
print(operator.add(1, "a"))
