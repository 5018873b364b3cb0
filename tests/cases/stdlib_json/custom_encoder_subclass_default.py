import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"tags": {"b", "a"}, "ids": frozenset({3, 1})}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=2).encode([{1, 2}]))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
try:
    json.dumps({"p": Point(0, 0), "c": 1j}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
