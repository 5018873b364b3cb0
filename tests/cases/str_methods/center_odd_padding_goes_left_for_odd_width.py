# center puts the extra fill character on the left only when the width is odd as well.
for s in ("ab", "abc"):
    for w in (5, 6, 7, 8):
        print(repr(s.center(w)), repr(s.center(w, "*")))
print("é".center(4, "€"))
