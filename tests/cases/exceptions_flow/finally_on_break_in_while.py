n = 0
while True:
    n += 1
    try:
        if n == 3:
            break
    finally:
        print("finally n =", n)
print("out with", n)
