def invert(mapping):
    keys = {k for k in mapping}
    return {v: k for k, v in mapping.items() if k in keys}
