# Invalid literals quote the original text and name the base.
for text, base in [("x", 10), ("1__0", 10), ("017", 0), ("12", 2), ("", 10), (" ", 10), ("3.5", 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)
