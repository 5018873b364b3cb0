import json

data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "spouse": None, "ratio": 0.1}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2.0, 3.5e20, -0.0]))
