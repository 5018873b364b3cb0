import json

print(json.dumps({1: "one", 2.5: "two and a half", True: "yes", None: "nothing"}))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
