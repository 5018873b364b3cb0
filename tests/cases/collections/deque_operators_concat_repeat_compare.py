# + needs another deque, * any integer (repetitions past maxlen are trimmed), += takes any
# iterable; comparisons go item by item like lists', but only between deques.
from collections import deque


class Two:
    def __index__(self):
        return 2


def attempt(label, f):
    try:
        print(label, "->", f())
    except (TypeError, OverflowError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)


d = deque([1, 2])
attempt("d + deque([3])", lambda: d + deque([3]))
attempt("bounded + longer", lambda: deque([1, 2], maxlen=3) + deque([3, 4]))
attempt("d + [3]", lambda: d + [3])
attempt("[3] + d", lambda: [3] + d)
attempt("d * 3", lambda: d * 3)
attempt("3 * d", lambda: 3 * d)
attempt("d * 0", lambda: d * 0)
attempt("d * -1", lambda: d * -1)
attempt("d * True", lambda: d * True)
attempt("d * Two()", lambda: d * Two())
attempt("bounded * 3", lambda: deque([1, 2, 3], maxlen=4) * 3)
attempt("one item, bounded * 10", lambda: deque(["x"], maxlen=3) * 10)
attempt("d * 'a'", lambda: d * "a")
attempt("d * 1.5", lambda: d * 1.5)
attempt("'a' * d", lambda: "a" * d)
attempt("[1] * d", lambda: [1] * d)
attempt("d * d", lambda: d * d)
attempt("d * 10**30", lambda: d * 10**30)
attempt("d * 2**62", lambda: d * 2**62)

e = deque([1])
e += [2, 3]
e += deque([4])
e += (i for i in range(5, 7))
print(e)
e *= 2
print(e)
try:
    e += 5
except TypeError as err:
    print("TypeError:", err)
try:
    e *= "x"
except TypeError as err:
    print("TypeError:", err)
f = e
f *= 0
print(e, f is e)

pairs = [
    (deque([1, 2]), deque([1, 2])),
    (deque([1, 2]), deque([1, 3])),
    (deque([1, 2]), deque([1, 2, 0])),
    (deque([2]), deque([1, 9, 9])),
    (deque(), deque()),
]
for a, b in pairs:
    print(list(a), list(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque([1]) == [1], deque([1]) != (1,), deque("ab") == deque("ab", maxlen=5))
nan = float("nan")
print(deque([nan]) == deque([nan]), deque([float("nan")]) == deque([float("nan")]))
try:
    deque([1]) < [2]
except TypeError as err:
    print("TypeError:", err)
try:
    deque([1]) < deque(["a"])
except TypeError as err:
    print("TypeError:", err)
