attempts = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: {"a": 1}["b"],
    lambda: int("x"),
    lambda: None + 1,
    lambda: "a" * "b",
    lambda: len(1),
    lambda: [].pop(),
    lambda: undefined_variable,
    lambda: (1).foo,
    lambda: [1, 2].index(3),
    lambda: float(10 ** 400),
    lambda: divmod(1, 0),
    lambda: chr(-1),
    lambda: "abc".foo(),
]
for a in attempts:
    try:
        a()
    except Exception as e:
        print(type(e).__name__ + ":", e)
