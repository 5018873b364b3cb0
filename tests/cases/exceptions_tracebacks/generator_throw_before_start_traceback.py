def numbers():
    print("never runs")
    yield 1

g = numbers()
g.throw(ValueError("thrown before the first next()"))
