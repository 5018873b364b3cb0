# Counter.elements() is itertools.chain over repeats, in insertion order, skipping counts
# below one.
from collections import Counter
c = Counter(b=2, a=1, z=0, n=-3)
it = c.elements()
print(type(it).__name__, list(it), list(it))
print(sorted(Counter("banana").elements()))
