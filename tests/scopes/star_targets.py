def split(items):
    first, *middle, last = items
    [a, *b] = items
    for head, *tail in [items]:
        pass
    return first, middle, last, a, b, head, tail
