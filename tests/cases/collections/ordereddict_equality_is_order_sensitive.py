from collections import OrderedDict

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
a.move_to_end("x")
print(a, a == b)
a.move_to_end("x", last=False)
print(list(a))
print(a.popitem(), a.popitem(last=False) if a else None)
o = OrderedDict.fromkeys("abc")
o["a"] = 5
print(o)
print(repr(OrderedDict()))
