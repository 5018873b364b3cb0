# NaN is never equal to itself, but containers test identity first: the same NaN object is
# found, a NaN made separately is not.
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
print(float("nan") in [float("nan")], [float("nan")] == [float("nan")])
other = float("nan")
print(nan in [other], nan is other, [nan].count(nan), [nan, other].count(nan))
inf = float("inf")
computed = inf - inf
print(computed in [computed], computed in [inf - inf], computed == computed)
neg = -nan
print(neg is nan, neg in [nan], +nan is nan, float(nan) is nan)
print(len({nan, nan}), len({float("nan"), float("nan")}), len({nan, other}))
d = {nan: "first"}
d[nan] = "again"
d[other] = "other"
print(len(d), d[nan], nan in d, float("nan") in d)
import math
print(math.nan in [math.nan], math.nan is math.nan, math.isnan(computed))
import json
values = json.loads("[NaN, NaN]")
print(values[0] in values[1:], values[0] is values[1])
