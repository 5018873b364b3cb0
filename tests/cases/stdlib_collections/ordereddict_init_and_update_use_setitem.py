from collections import OrderedDict


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = Logged([("a", 1)], b=2)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d)
for bad in [[1, 2], 5, [(1,)], [(1, 2, 3)], None]:
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(OrderedDict(["ab", "cd"]), OrderedDict(self=1, other=2))
for call in [lambda: OrderedDict({}, {}), lambda: OrderedDict().update({}, {})]:
    try:
        call()
    except TypeError as e:
        print(e)
