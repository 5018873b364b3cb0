attempts = iter(["x", "y", "7"])
while True:
    try:
        n = int(next(attempts))
    except ValueError as e:
        print("retry:", e)
        continue
    break
print("got", n)
