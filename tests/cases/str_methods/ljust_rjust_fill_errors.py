# The fill character must be a single character; the width must be an integer.
print("x".ljust(3, "-"), "x".rjust(3, "é"), "long".rjust(2))
for call in (lambda: "x".ljust(5, "ab"), lambda: "x".rjust(5, 7), lambda: "x".center(2.5),
             lambda: "x".center(), lambda: "x".ljust(10**30)):
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
