from collections import namedtuple, deque
Point = namedtuple("Point", "x y")

def describe(v):
    match v:
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case deque([first, *_]):
            return f"deque starting {first}"
        case (a, b):
            return f"2-sequence {a},{b}"
        case _:
            return "other"

print(describe(Point(3, 0)), describe(Point(1, 2)), describe(deque([7, 8])), describe(deque()))
print(Point.__match_args__)
