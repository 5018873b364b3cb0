import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.nan == math.nan, math.isnan(math.nan), math.inf > 10**308, math.isinf(-math.inf))
print(math.inf - math.inf, math.isfinite(1e308), float("inf") == math.inf)
print(round(math.pi, 3), f"{math.e:.5f}", math.degrees(math.pi / 2), math.radians(90))
