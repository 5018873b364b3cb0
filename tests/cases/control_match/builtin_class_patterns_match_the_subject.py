def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(x) | complex(x):
            return f"number {x}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string {s}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case _:
            return "something else"

class MyInt(int):
    pass

for v in [True, -3, 7, 2.5, 1j, "", "hi", [9, 8], (1, 2), {"k": 0}, {1, 2}, MyInt(4)]:
    print(kind(v))
