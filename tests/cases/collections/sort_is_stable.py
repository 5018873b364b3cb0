records = [("bob", 2), ("amy", 1), ("cat", 2), ("dan", 1), ("eve", 3)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
records.sort(key=lambda r: r[0], reverse=True)
records.sort(key=lambda r: r[1])
print(records)
