def make_adders():
    base = 10
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i + base)
    return adders


print([f(1) for f in make_adders()])
