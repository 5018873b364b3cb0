import math

a = 0.1 + 0.2
print(a, a == 0.3, math.isclose(a, 0.3))
print(math.isclose(1000.0, 1001.0), math.isclose(1000.0, 1001.0, rel_tol=1e-2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
