def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError(f"no such key: {key}") from None

lookup({}, "x")
