# most_common(n) is heapq.nlargest: ties keep first-seen order, and a bad n fails in its comparisons.
from collections import Counter
c = Counter("mississippi")
for n in [0, 1, 2, 3, 4, 10, -1]:
    print(n, c.most_common(n))
print(Counter().most_common(1), Counter("ab").most_common(1))
for bad in ["2", 2.5, None]:
    try:
        print(c.most_common(bad))
    except TypeError as e:
        print(type(e).__name__, e)
