from collections import defaultdict, OrderedDict

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "shift": True},
          {"type": "key", "key": 5}, {"type": "scroll", "dy": 3}, {}, [("type", "x")]]:
    print(handle(e))

dd = defaultdict(int, {"type": "dd"})
print(handle(dd), dict(dd))
print(handle(OrderedDict(type="ordered")))
