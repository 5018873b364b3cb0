class Color:
    RED = "red"
    GREEN = "green"

def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case Color.RED:
            return "the colour red"
        case b"raw":
            return "bytes"
        case _:
            return f"other {v!r}"

for v in [None, True, 1, 0, 0.0, False, -1, 1 + 2j, "a", "b", "red", b"raw", "green"]:
    print(repr(v), classify(v))
