# !r !s !a conversions, and specs built from other fields.
print("{!r} {!s} {!a}".format("café", "café", "café"))
print("{0!r:>10}|{0:^{1}}|{0:{2}{1}}|".format("ab", 8, "*<"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
for fmt in ("{!x}", "{0!}", "{0!r", "{:{:{}}}"):
    try:
        print(fmt.format(1, 2, 3))
    except ValueError as e:
        print("ValueError:", e)
