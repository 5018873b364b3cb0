results = [
    ("1 + 1", 1 + 1),
    ("1 + 1.0", 1 + 1.0),
    ("1 / 1", 1 / 1),
    ("1 // 1", 1 // 1),
    ("1.0 // 1", 1.0 // 1),
    ("2 ** -1", 2 ** -1),
    ("True + True", True + True),
    ("1 + 0j", 1 + 0j),
    ("abs(-1)", abs(-1)),
    ("round(1.5)", round(1.5)),
    ("round(1.5, 0)", round(1.5, 0)),
    ("divmod(7, 2)", divmod(7, 2)),
]
for expr, value in results:
    print(f"{expr:>14} -> {value!r:<8} {type(value).__name__}")
