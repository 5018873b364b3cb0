def process(path, rows):
    with open(path) as handle, open(path) as (a, b):
        for index, (key, value) in enumerate(rows):
            pass
        else:
            finished = True
    while rows:
        last = rows.pop()
    return handle, a, b, index, key, value, finished, last
