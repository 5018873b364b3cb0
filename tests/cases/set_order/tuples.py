# Tuple hashes (xxHash-based in 3.11) scatter tuples across the table.
s = set()
for a in range(3):
    for b in range(-1, 2):
        s.add((a, b))
print(s)
print({(1, 2), (2, 1)})
