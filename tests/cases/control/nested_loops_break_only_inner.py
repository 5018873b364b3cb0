for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else", i)
print("done")
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == 12 and a < b:
            found = (a, b)
            break
    if found:
        break
print(found)
