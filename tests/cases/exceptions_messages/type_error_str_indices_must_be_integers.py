text, items, key, pos = "abc", [1, 2], "1", 1.0
try:
    text[key]
except TypeError as e:
    print(e)
try:
    items[key]
except TypeError as e:
    print(e)
try:
    items[pos]
except TypeError as e:
    print(e)
