# The built-in iterators answer __length_hint__ with what is left (0 once their container
# changed size); enumerate, zip, map and filter have none.
import operator


def show(label, it):
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(label, type(it).__name__, hints, operator.length_hint(it))


d = {1: 2, 3: 4, 5: 6}
for label, it in [
    ("list", iter([1, 2, 3])),
    ("tuple", iter((1, 2))),
    ("str", iter("hello")),
    ("bytes", iter(b"ab")),
    ("range", iter(range(0, 10, 3))),
    ("empty range", iter(range(5, 0))),
    ("dict", iter(d)),
    ("values", iter(d.values())),
    ("items", iter(d.items())),
    ("reversed dict", reversed(d)),
    ("reversed values", reversed(d.values())),
    ("reversed items", reversed(d.items())),
    ("set", iter({1, 2, 3})),
    ("frozenset", iter(frozenset({4, 5}))),
    ("reversed list", reversed([1, 2, 3])),
    ("reversed tuple", reversed((1, 2))),
    ("reversed str", reversed("abc")),
    ("reversed range", reversed(range(4))),
]:
    show(label, it)

# A container that changes size under its iterator reports nothing left.
lst = [1, 2, 3, 4]
it = iter(lst)
next(it)
del lst[:]
print("list cleared", it.__length_hint__())
lst = [1, 2, 3]
it = reversed(lst)
next(it)
lst.clear()
print("reversed list cleared", it.__length_hint__())
lst = [1, 2]
it = iter(lst)
lst.extend([3, 4])
print("list grown", it.__length_hint__())
d = {1: 2, 3: 4}
it = iter(d)
d[5] = 6
print("dict grown", it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(10)
print("set grown", it.__length_hint__())

for it in [enumerate([1]), zip([1]), map(str, [1]), filter(None, [1])]:
    print(type(it).__name__, hasattr(it, "__length_hint__"), operator.length_hint(it, 7))

it = iter([1, 2])
for f in [
    lambda: it.__length_hint__(1),
    lambda: it.__length_hint__(x=1),
    lambda: type(it).__length_hint__(),
    lambda: type(it).__length_hint__(5),
    lambda: type(iter(())).__length_hint__(it),
    lambda: reversed((1, 2)).__length_hint__(1, 2),
]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(type(it).__length_hint__(it))
