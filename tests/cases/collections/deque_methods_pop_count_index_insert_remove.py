# The list-like methods of deque: each end pops, count and index compare with ==
# (identity first), index takes start/stop like a slice, insert places like list.insert.
from collections import deque

d = deque("abcabc")
print(d.count("a"), d.count("z"), d.index("c"), d.index("a", 1), d.index("b", -2))
print(d.index("c", 3, 100), d.index("a", -100, 4))
for args in [("z",), ("a", 1, 3), ("b", 5, 2)]:
    try:
        d.index(*args)
    except ValueError as e:
        print("ValueError:", e)

nan = float("nan")
print(deque([nan, nan]).count(nan), deque([nan]).index(nan), nan in deque([nan]))

q = deque([1, 2, 3])
for i, x in [(0, "first"), (-1, "before last"), (99, "end"), (-99, "start"), (2, "middle")]:
    q.insert(i, x)
print(q)
q.remove("end")
q.remove(2)
print(q)
try:
    q.remove("missing")
except ValueError as e:
    print("ValueError:", e)

print(q.pop(), q.popleft(), q)
q.reverse()
print(q)
c = q.copy()
c.append("only in the copy")
print(q, c, q == c, q is c)
q.clear()
print(q, len(q))
for method in (q.pop, q.popleft):
    try:
        method()
    except IndexError as e:
        print("IndexError:", e)
print(q.append(1), q.appendleft(0), q.extend([2]), q.extendleft([-1]), q.rotate(), q)
