import json

s = "café ☕ 😀"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps("tab\tquote\"backslash\\"))
