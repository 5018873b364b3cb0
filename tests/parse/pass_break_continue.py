pass
for x in y:
    if x:
        break
    elif not x:
        continue
    pass
while True:
    break
