# A full bounded deque makes room by dropping an item from the end opposite to the one
# being added; maxlen=0 keeps nothing, and maxlen itself can only be read.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend([5, 6])
print(d)
d.extendleft("ab")
print(d, len(d), d.maxlen)

print(deque(range(10), maxlen=4))
print(deque(range(10), 4) == deque([6, 7, 8, 9]))

none = deque([1, 2], maxlen=0)
none.append(3)
none.appendleft(4)
print(none, len(none), bool(none))


def loud():
    for i in range(3):
        print("yielding", i)
        yield i


none.extend(loud())
print(none)

full = deque("xy", maxlen=2)
try:
    full.insert(1, "z")
except IndexError as e:
    print("IndexError:", e)
print(full)

for bad in ["maxlen", -1, 1.5, 10**30, "3"]:
    try:
        print(deque(maxlen=bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Three(int):
    pass


print(deque("abcd", maxlen=Three(3)), deque("ab", maxlen=True), deque("ab", maxlen=None))
try:
    d.maxlen = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d.maxlen
except AttributeError as e:
    print("AttributeError:", e)
print(d.maxlen, deque().maxlen, type(deque.maxlen).__name__, deque.maxlen)
