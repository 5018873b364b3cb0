value = 1


def forget():
    del value


def keep():
    value = 2
    del value
    return "deleted"
