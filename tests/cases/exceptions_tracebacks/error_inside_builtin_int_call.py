def to_int(s):
    return int(s)

to_int("x")
