# A deque's iterators fail once the deque changed length or was rotated, even after they
# ran out; item assignment and reverse() are not changes to them. count, index, remove and
# `in` fail the same way when an item's __eq__ changes the deque.
from collections import deque


def after(change, start="abc"):
    d = deque(start)
    it = iter(d)
    first = next(it, None)
    change(d)
    try:
        rest = list(it)
    except RuntimeError as e:
        rest = f"RuntimeError: {e}"
    print(f"{change.__name__:>12}: {first} {rest}")


def append(d): d.append("x")
def popleft(d): d.popleft()
def rotate(d): d.rotate(0)
def clear(d): d.clear()
def delitem(d): del d[0]
def insert(d): d.insert(1, "x")
def reinit(d): d.__init__("abc")
def setitem(d): d[2] = "Z"
def reverse(d): d.reverse()
def times_one(d): d *= 1
def plus_empty(d): d += []
def nothing(d): pass


for change in [append, popleft, rotate, clear, delitem, insert, reinit,
               setitem, reverse, times_one, plus_empty, nothing]:
    after(change)
after(rotate, start="a")
after(clear, start="")

# Run out, then mutated: the forward iterator reports the change, the reverse one (which
# checks for its end first) just stays exhausted.
for make in (iter, reversed):
    d = deque([1, 2])
    it = make(d)
    print(type(it).__name__, list(it), it.__length_hint__())
    d.append(3)
    for _ in range(2):
        try:
            next(it)
        except (RuntimeError, StopIteration) as e:
            print("  then", type(e).__name__, e, it.__length_hint__())


class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append("!")
        return False


for name in ["count", "index", "remove", "__contains__"]:
    d = deque([1, 2, 3])
    try:
        getattr(d, name)(Meddler(d))
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__, e, list(d))

queue = deque([1])
seen = []
for item in queue:
    seen.append(item)
    if item < 3:
        queue.append(item + 1)
