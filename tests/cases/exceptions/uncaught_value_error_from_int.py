ages = ["31", "42", "forty"]
total = 0
for a in ages:
    total += int(a)
print(total)
