items = [3, 1, 3, 2, 1, 5]
print(list(set(items)))
seen = set()
out = []
for x in items:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
print(list(dict.fromkeys(items)))
