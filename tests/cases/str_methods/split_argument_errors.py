# split's parameters may be given by keyword; wrong types and extra arguments are refused.
print("a-b-c".split(sep="-", maxsplit=1))
for call in (lambda: "a".split(1), lambda: "a".split(None, "2"), lambda: "a".split(" ", 1, 2),
             lambda: "a".split(" ", sep=" "), lambda: "a".split(step=1), lambda: "a".split(None, 2**70)):
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
