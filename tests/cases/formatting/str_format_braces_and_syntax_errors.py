# Doubled braces are literal; unbalanced ones are errors.
print("{{}} {{{}}} }}{{".format("x"))
for fmt in ("{", "}", "a}b", "{0", "{0:", "{x{}", "{0:}}"):
    try:
        print(fmt.format(1))
    except ValueError as e:
        print("ValueError:", e)
