# A deque subclass is a real deque: its own __init__ reaches deque's through super(),
# its own append is not what extend uses, and copy(), + and * build it again by calling
# the subclass with the deque (and maxlen), as CPython's C code does.
from collections import deque
import copy


class Log(deque):
    def __init__(self, items=(), maxlen=None, *, tag="log"):
        print(f"  Log.__init__({list(items)!r}, maxlen={maxlen!r})")
        super().__init__(items, maxlen)
        self.tag = tag

    def append(self, x):
        print("  Log.append", x)
        super().append(x)


log = Log([1, 2], 3, tag="t")
log.append(3)
log.extend([4])
print(log, log.tag, log.maxlen, len(log), log[0], 4 in log, isinstance(log, deque))
print("copy:")
c = log.copy()
print(c, type(c).__name__, c.tag)
print("plus:")
print(log + deque([5]))
print("times:")
print(log * 2)
print("copy.copy:")
print(copy.copy(log))
print("deepcopy:")
dc = copy.deepcopy(log)
print(dc, dc.tag, dc == log, dc is log)
log += "ab"
log *= 1
print(log, type(log).__name__)
print(deque([0]) + log, type(deque([0]) + log).__name__)
print(log == deque([4, "a", "b"]), log < deque([5]), list(reversed(log)))

try:
    hash(log)
except TypeError as e:
    print("TypeError:", e)


class Pair(deque):
    def __init__(self, a, b):
        super().__init__([a, b])


p = Pair(1, 2)
print(p, vars(p), type(iter(p)).__name__)
try:
    p.copy()
except TypeError as e:
    print("TypeError:", e)


class Plain(deque):
    pass


q = Plain("abc", 2)
q.attr = 1
print(q, q.maxlen, vars(q), repr(q), type(q).__mro__)

try:
    class Both(deque, list):
        pass
except TypeError as e:
    print("TypeError:", e)


# Extending a deque with itself goes through list(self), so a subclass's __iter__ counts.
class Odd(deque):
    def __iter__(self):
        return iter(["odd"])


o = Odd([1, 2])
o.extend(o)
print(len(o), o[0], o[2], o)
