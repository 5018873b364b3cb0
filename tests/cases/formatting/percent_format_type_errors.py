# Each conversion checks its argument's type.
print("%d %i %u" % (3.99, -3.99, True), "%x" % True, "%f" % 7, "%c" % "é", "%s" % None)
for fmt, arg in (("%d", "1"), ("%x", 1.5), ("%f", "1"), ("%c", "ab"), ("%c", -1), ("%d", 1 + 2j),
                 ("%z", 1), ("%d", float("inf")), ("%*d", ("5", 1))):
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
