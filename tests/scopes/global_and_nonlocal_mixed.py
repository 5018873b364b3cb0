g = 0


def outer():
    n = 0

    def inner():
        global g
        nonlocal n
        g += 1
        n += 1
        return g, n

    return inner
