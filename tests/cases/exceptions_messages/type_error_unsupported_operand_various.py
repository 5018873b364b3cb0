for op, f in [("+", lambda: 1 + "a"), ("-", lambda: "a" - 1), ("*", lambda: [] * 1.5),
              ("/", lambda: "a" / 2), ("**", lambda: None ** 2), ("%", lambda: [] % 1),
              ("<<", lambda: 1.0 << 1), ("//", lambda: {} // 1)]:
    try:
        f()
    except TypeError as e:
        print(op, "->", e)
