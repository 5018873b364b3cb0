def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")

gen = countdown(3)
print("created")
print(next(gen))
print(list(gen))
print(list(gen))
