# int()'s base must be 0 or 2-36, and only text takes a base.
for call in [lambda: int("1", 37), lambda: int("1", 1), lambda: int(12, 10), lambda: int(base=3),
             lambda: int("1", 2.0), lambda: int(x="1")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
