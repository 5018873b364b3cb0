def gen(n):
    for i in range(n):
        yield 10 // (2 - i)
total = sum(x for x in gen(5))
