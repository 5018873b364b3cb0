# deque's methods are C functions: their argument errors are C-style, not Python's.
from collections import deque

d = deque([1, 2, 3])


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)


for name in ["pop", "popleft", "clear", "copy", "reverse", "__copy__", "__reversed__"]:
    attempt(name + "(1)", lambda: getattr(d, name)(1))
    attempt(name + "(1, 2)", lambda: getattr(d, name)(1, 2))
    attempt(name + "(x=1)", lambda: getattr(d, name)(x=1))

for name in ["append", "appendleft", "extend", "extendleft", "count", "remove"]:
    attempt(name + "()", lambda: getattr(d, name)())
    attempt(name + "(1, 2)", lambda: getattr(d, name)(1, 2))
    attempt(name + "(x=1)", lambda: getattr(d, name)(x=1))
    attempt(name + "(1, x=1)", lambda: getattr(d, name)(1, x=1))

attempt("rotate(1, 2)", lambda: d.rotate(1, 2))
attempt("rotate(n=1)", lambda: d.rotate(n=1))
attempt("index()", lambda: d.index())
attempt("index(1, 0, 3, 4)", lambda: d.index(1, 0, 3, 4))
attempt("index(1, start=0)", lambda: d.index(1, start=0))
attempt("insert()", lambda: d.insert())
attempt("insert(0)", lambda: d.insert(0))
attempt("insert(0, 1, 2)", lambda: d.insert(0, 1, 2))
attempt("insert(i=0, x=1)", lambda: d.insert(i=0, x=1))

attempt("deque.pop()", lambda: deque.pop())
attempt("deque.append()", lambda: deque.append())
attempt("deque.append(d)", lambda: deque.append(d))
attempt("deque.rotate()", lambda: deque.rotate())

attempt("deque(1, 2, 3)", lambda: deque(1, 2, 3))
attempt("deque([1], 2, x=3)", lambda: deque([1], 2, x=3))
attempt("deque(iterable=1, maxlen=2, x=3)", lambda: deque(iterable=1, maxlen=2, x=3))
attempt("deque(x=1)", lambda: deque(x=1))
attempt("deque([1], x=1)", lambda: deque([1], x=1))
attempt("deque([1], iterable=[2])", lambda: deque([1], iterable=[2]))
attempt("deque([1], 2, maxlen=3)", lambda: deque([1], 2, maxlen=3))

# Valid calls still work, keywords included for the constructor.
print(deque(iterable=[1, 2], maxlen=1), deque([1, 2, 3], 2), deque(maxlen=3))
d.rotate()
d.rotate(-2)
d.insert(1, 9)
print(d, d.index(9), d.index(3, 0, 4), d.count(9), d.pop(), d.popleft(), d)
