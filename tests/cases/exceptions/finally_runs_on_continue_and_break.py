for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("else never")

count = 0
while True:
    try:
        count += 1
        if count == 2:
            break
    finally:
        print("cleanup", count)
print("after", count)
