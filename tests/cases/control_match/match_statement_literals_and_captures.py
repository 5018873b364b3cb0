def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case [a, b]:
            return f"pair {a},{b}"
        case {"k": v}:
            return f"dict k={v}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"

for v in [0, 2, [1, 2], (3, 4), {"k": 9, "z": 0}, "hi", 3.5, [1]]:
    print(describe(v))
