# int() of a float truncates toward zero; NaN and infinity cannot convert.
print(int(3.9), int(-3.9), int(1e20), int(-0.5))
for x in [float("nan"), float("inf"), float("-inf")]:
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
