def ratio(total, count):
    return total * 2 / count + 1

ratio(10, 0)
