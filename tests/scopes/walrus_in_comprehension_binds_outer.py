def scan(data):
    found = [last := item for item in data if item > 0]
    return found, last


print(scan([-1, 2, 3]))
