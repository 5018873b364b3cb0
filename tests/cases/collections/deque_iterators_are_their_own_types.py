# iter() and reversed() of a deque are _collections._deque_iterator and
# _deque_reverse_iterator, with __length_hint__ and the mutation check on every next.
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
r = reversed(d)
print(type(it).__name__, type(it).__module__, type(r).__name__, type(r).__module__)
print(iter(it) is it, iter(r) is r)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())

it = iter(d)
next(it)
d.append(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e, "hint", it.__length_hint__())

# The check comes before the end: an exhausted iterator of a mutated deque still raises.
d = deque([1])
it = iter(d)
print(list(it))
d.append(2)
try:
    next(it)
except RuntimeError as e:
    print("exhausted:", e)

d = deque([1, 2], maxlen=2)
r = reversed(d)
d.append(3)
try:
    next(r)
except RuntimeError as e:
    print("reversed:", e)

for n in range(4):
    print(list(deque(range(n))), list(reversed(deque(range(n)))))


class Sub(deque):
    pass


print(type(iter(Sub())).__name__, list(reversed(Sub("ab"))))
