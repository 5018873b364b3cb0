class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

class Q:
    __match_args__ = ["a"]
    a = 1

class R:
    pass

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many():
    match P():
        case P(x, y):
            return x, y

def not_tuple():
    match Q():
        case Q(x):
            return x

def no_match_args():
    match R():
        case R(x):
            return x

def duplicate():
    match P():
        case P(x, a=y):
            return x, y

def not_a_class():
    match 1:
        case len(x):
            return x

def missing_attribute():
    match R():
        case R(missing=m):
            return m
        case R():
            return "R without the attribute"

for name, fn in [("too_many", too_many), ("not_tuple", not_tuple), ("no_match_args", no_match_args),
                 ("duplicate", duplicate), ("not_a_class", not_a_class), ("missing", missing_attribute)]:
    attempt(name, fn)
