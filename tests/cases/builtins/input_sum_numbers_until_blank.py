total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    total += sum(int(tok) for tok in line.split())
    count += 1
print("lines:", count, "total:", total)
