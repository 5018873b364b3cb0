for f in (lambda: max([]), lambda: min([], key=len), lambda: range(1, 2, 0), lambda: "a,b".split(""),
          lambda: chr(0x110000), lambda: "x".center(3, "ab")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "->", e)
