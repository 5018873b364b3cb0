# json's "is not JSON serializable" names the type by its __name__ alone, also for the
# C types of the standard library; Counter and OrderedDict encode as the dicts they are.
import itertools
import json
from collections import Counter, OrderedDict, deque
for bad in [deque([1]), {1, 2}, itertools.count(), b"x", range(2), object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
    try:
        json.JSONEncoder().encode([bad])
    except TypeError as e:
        print(e)
print(json.dumps(Counter("abca")), json.dumps(OrderedDict(b=1, a=2)))
