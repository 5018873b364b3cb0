attempts = 0
while True:
    attempts += 1
    if attempts ** 2 > 50:
        break
print(attempts)
total = 0
for n in range(100):
    if n > 10:
        break
    if n % 2:
        continue
    total += n
print(total)
