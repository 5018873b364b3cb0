# A container that holds itself prints a placeholder where it recurs: `[...]` for lists
# and deques, `{...}` for dicts, `(...)` for tuples, `...` inside an OrderedDict.
from collections import OrderedDict, defaultdict, deque
l = [1]
l.append(l)
print(l, str(l))
d = {"a": 1}
d["self"] = d
print(d)
q = deque([1])
q.append(q)
print(q)
o = OrderedDict(a=1)
o["me"] = o
print(o)
dd = defaultdict(list)
dd["x"] = dd
print(dd)
t = ([],)
t[0].append(t)
print(t, str(t))
pair = ([], [])
pair[1].append(pair)
print(pair)
v = {}
v[1] = v.values()
print(v)
