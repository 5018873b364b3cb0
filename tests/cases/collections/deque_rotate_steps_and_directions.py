# rotate(n) moves n items from the right end to the left (left to right when negative),
# any n: it is taken modulo the length, read through __index__, and 1 by default.
from collections import deque

d = deque(range(6))
for n in [1, 2, -1, 0, 6, 13, -13, 10**12 + 1]:
    d.rotate(n)
    print(n, list(d))
d.rotate()
print(list(d))


class Two:
    def __index__(self):
        return 2


d.rotate(Two())
print(list(d))
for short in [deque(), deque("a")]:
    short.rotate(5)
    print(short)

# rotate(k) then rotate(-k) is the identity; rotate(1) is appendleft(pop()).
e = deque("abcdefg")
e.rotate(3)
e.rotate(-3)
f = deque("abcdefg")
f.appendleft(f.pop())
g = deque("abcdefg")
g.rotate(1)
print("".join(e), "".join(f), f == g)

for bad in ["1", 1.0, 10**30]:
    try:
        d.rotate(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
