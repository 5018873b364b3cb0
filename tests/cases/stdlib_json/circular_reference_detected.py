import json

a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
shared = [0]
print(json.dumps([shared, shared]))
