def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for v in [[], [1], [1, 2], (1, 2, 3, 4), range(3), "abc", b"ab"]:
    try:
        print(repr(v), "->", shape(v))
    except Exception as e:
        print(type(e).__name__, e)

def nested(cmd):
    match cmd:
        case ["go", ("north" | "south") as d]:
            return "vertical " + d
        case ["go", d]:
            return "go " + d
        case ["pick", *items] if items:
            return "pick " + ", ".join(items)
        case [_, *_]:
            return "unknown"
        case _:
            return "nothing"

for c in [["go", "north"], ["go", "east"], ["pick", "a", "b"], ["pick"], [], "go"]:
    print(nested(c))
