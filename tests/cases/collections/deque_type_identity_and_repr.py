# deque is the C type collections.deque: its repr, names, doc, generic alias and
# attributes; repr names a subclass and prints [...] where a deque holds itself.
from collections import deque
import collections

print(deque, deque.__name__, deque.__qualname__, deque.__module__)
print(deque.__doc__)
print(deque[int], deque[int].__origin__ is deque, type(deque[int]).__name__)
print(type(deque()) is collections.deque, isinstance(deque(), deque))
print([n for n in dir(deque) if not n.startswith("_")])
print([n for n in dir(deque) if n.startswith("__")])
print(deque(), deque([]), deque("ab"), deque(range(3), 5), deque(maxlen=0))
print(str(deque([1, "a"])), f"{deque([None])}", "%s" % (deque([1.5]),))
d = deque([1])
d.append(d)
d.appendleft([d])
print(d)


class Ring(deque):
    pass


r = Ring([1], 2)
r.append(r)
print(r, repr(Ring()))
print(deque([deque([deque()])]))
try:
    deque().nope = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    deque().__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError:", e)
try:
    {deque(): 1}
except TypeError as e:
    print("TypeError:", e)
