def key():
    return "missing"

table = {"a": 1}
table[key()]
