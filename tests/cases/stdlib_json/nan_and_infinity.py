import json

print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.loads("[NaN, Infinity, -Infinity]"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
