# Dicts and sets: counting, membership, set algebra, dict comprehension, sorting items.
counts = {}
seen = set()
for i in range(2500000):
    key = (i * 7919) % 10007
    counts[key] = counts.get(key, 0) + 1
    if key % 3 == 0:
        seen.add(key)
evens = {k for k in counts if k % 2 == 0}
both = seen & evens
squares = {k: k * k for k in both}
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), len(seen), len(both), sum(squares.values()) % 1000003, top)
