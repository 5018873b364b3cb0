from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([5, 1, 7, 3, 9], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate(["a", "b", "c"])))
