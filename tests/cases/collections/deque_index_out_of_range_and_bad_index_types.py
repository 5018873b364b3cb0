# d[i], d[i] = v and del d[i] take an integer (or __index__) position, negative from the
# end; anything else, slices included, is "sequence index must be integer".
from collections import deque

d = deque("abcde")
print(d[0], d[-1], d[-5], d[True], d[4])


class Idx:
    def __index__(self):
        return -2


print(d[Idx()])
d[1] = "B"
d[-1] = "E"
del d[0]
del d[-2]
print(d)

for key in [5, -5, 10**30, -(10**30), slice(0, 2), "a", 1.0, None]:
    for action in ("get", "set", "del"):
        try:
            if action == "get":
                d[key]
            elif action == "set":
                d[key] = "x"
            else:
                del d[key]
        except (IndexError, TypeError) as e:
            print(action, repr(key), type(e).__name__, e)
print(d)
try:
    deque()[0]
except IndexError as e:
    print("empty:", e)
