import bisect

for call in (lambda: bisect.bisect_left([1]), lambda: bisect.bisect([1], 1, 0, 1, 2),
             lambda: bisect.insort([1], 1, foo=2), lambda: bisect.bisect([1], 1, "0"),
             lambda: bisect.bisect([1], 1, hi="3"), lambda: bisect.bisect(5, 1),
             lambda: bisect.bisect_right([1, 2], "a")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
