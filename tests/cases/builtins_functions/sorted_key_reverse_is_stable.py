# reverse=True keeps equal items in their original order.
pairs = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted("Hello World", key=str.lower))
