# float() accepts signs, exponents, underscores between digits, inf and nan in any case.
for text in ["  1.5 ", "-2e3", "1_000.5", ".5", "5.", "INF", "-Infinity", "nan", "1e400", "١.٥"]:
    print(repr(text), float(text))
for text in ["1__0", "1_.5", ".", "1e", "0x10", "infinit", ""]:
    try:
        float(text)
    except ValueError as e:
        print(e)
