global counter
counter = 0


def use():
    return counter
