counter = 0


def bump():
    counter += 1


def read():
    return counter
