import json

text = '{"a": [1, 2.5, "x", true, false, null], "b": {"c": 1e3}}'
obj = json.loads(text)
print(obj)
print(type(obj["a"][1]).__name__, type(obj["b"]["c"]).__name__)
print(json.loads(json.dumps((1, 2))), json.loads('"\\u00e9"'))
print(json.dumps(json.loads(text)) == text)
