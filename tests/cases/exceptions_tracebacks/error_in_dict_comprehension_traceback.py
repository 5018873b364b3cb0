pairs = [("a", 1), ("b", 0)]
inverted = {k: 10 / v for k, v in pairs}
