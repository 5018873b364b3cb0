for f in (lambda: 2.0 ** 10000, lambda: float(10 ** 400), lambda: int(float("inf")),
          lambda: 10 ** 400 / 1, lambda: round(float("inf"))):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, "->", e)
