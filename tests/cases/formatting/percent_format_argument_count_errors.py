# Too few or too many arguments, and a tuple as the single argument.
print("%s" % ((1, 2),), "%s" % [1, 2], "no args" % {}, "no args" % [])
for fmt, arg in (("%s %s", (1,)), ("%s", (1, 2)), ("text", 5), ("%d", ()), ("%", ()), ("%5", 3), ("%*d", (5,))):
    try:
        print(fmt % arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
