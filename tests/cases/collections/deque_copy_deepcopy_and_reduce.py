# copy.copy shares the items, copy.deepcopy copies them (a deque inside itself included),
# both keep maxlen; __reduce__ gives the class, its arguments, the state and an iterator.
from collections import deque
import copy

inner = [1]
d = deque([inner, "s"], maxlen=4)
shallow = copy.copy(d)
deep = copy.deepcopy(d)
inner.append(2)
print(shallow, shallow.maxlen, shallow[0] is inner)
print(deep, deep.maxlen, deep[0] is inner)
print(d.__copy__(), d.copy() == d, d.copy() is d)

loop = deque([1])
loop.append(loop)
twin = copy.deepcopy(loop)
print(twin, twin[1] is twin, twin is loop)

r = deque([1, 2], 5).__reduce__()
print(r[:3], type(r[3]).__name__, list(r[3]))
r = deque([1, 2]).__reduce__()
print(r[:3], list(r[3]))


class Tagged(deque):
    pass


t = Tagged("ab")
t.tag = "x"
r = t.__reduce__()
print(r[0].__name__, r[1:3], list(r[3]))
t2 = copy.deepcopy(t)
print(t2, t2.tag, type(t2).__name__)
