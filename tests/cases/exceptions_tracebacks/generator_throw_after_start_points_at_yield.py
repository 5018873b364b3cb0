def numbers():
    total = 0
    while True:
        total += yield total

g = numbers()
next(g)
g.send(5)
g.throw(KeyError("stop"))
