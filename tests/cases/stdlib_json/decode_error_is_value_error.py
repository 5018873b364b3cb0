import json

try:
    json.loads("[1, 2,]")
except ValueError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
