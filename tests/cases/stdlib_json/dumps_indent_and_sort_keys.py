import json

data = {"b": [1, {"y": 2, "x": 1}], "a": {}, "c": []}
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="--"))
