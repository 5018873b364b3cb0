for i in range(6):
    if i % 2:
        continue
    print("even", i)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("w", i)
