import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"p": Point(1, 2)}, default=lambda o: o.__dict__))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
