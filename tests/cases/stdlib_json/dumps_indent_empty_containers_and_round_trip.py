import json

data = {"b": [], "a": {}, "c": [1, {"d": None}], "e": (1, 2), 1: True, "f": 1.0}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
back = json.loads(json.dumps(data))
print(back)
print(back == data, back["e"], type(back["e"]).__name__)
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"k": "v"}, indent=0))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("[1.5e3, -0, 1E400, true, null]"))
