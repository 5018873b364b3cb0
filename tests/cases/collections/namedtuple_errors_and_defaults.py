from collections import namedtuple

P = namedtuple("P", "x y")
p = P(3, 4)
print(p, p._replace(y=0), P._make([1, 2]), p._asdict(), P._fields, p.x * p.y, P.__name__)
for make in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
for fields in ("x x", "class def", "_x y", "1a b"):
    try:
        namedtuple("Bad", fields)
    except ValueError as e:
        print("ValueError:", e)
print(namedtuple("R", "a a class", rename=True)._fields)
Employee = namedtuple("Employee", ["name", "salary", "dept"], defaults=[0, "none"])
print(Employee("bob"), Employee("amy", 10), Employee._field_defaults)
print(isinstance(p, tuple), p == (3, 4), p + (5,), {p: 1}[(3, 4)], type(p).__mro__[1].__name__)
print(repr(P), P.__qualname__, P.__doc__, sorted([P(2, 1), P(1, 5), P(1, 2)]))
x, y = p
print(x, y, len(p), p[-1], p.index(4), list(p))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
P(1, 2, 3)
