total = 0
items = [1, "2"]
for item in items:
    total += item
