# Fields are numbered automatically or by hand, never both.
print("{} {} {}".format(1, 2, 3), "{2} {0} {1} {0}".format("a", "b", "c"), "{0}{0}".format("x"))
for fmt in ("{}{}", "{0}{}", "{}{1}", "{3}"):
    try:
        print(fmt.format("only"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
