import math

values = [0.1] * 10
print(sum(values), math.fsum(values))
print(sum(values) == 1.0, math.fsum(values) == 1.0)
print(math.isclose(sum(values), 1.0))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
