# Invalid specs and the type each one is checked against.
cases = [(5, ".2"), (5, "z"), (5, "+c"), (5, "#c"), (5, ",c"), (5, ",x"), (5, "_n"), (5, ",_"),
         (5, "."), (5, "10.2ab"), (5, "q"), (1.5, "d"), ("s", "+"), ("s", " "), ("s", "#"),
         ("s", "="), ("s", ","), ("s", "d"), (None, "d"), ([1], ">5"), (True, "s"), (1, "99999999999999999999")]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
