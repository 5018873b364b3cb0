items = [3, 1, 2]
ordered = sorted(items)
items.sort(reverse=True)
print(ordered)  # -> [1, 2, 3]
print(items)  # -> [3, 2, 1]
print(items.sort())  # -> None
