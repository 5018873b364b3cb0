# An empty format spec means str(value), so a str subclass's own __str__ shows in
# f"{s}", format(s) and "{}".format(s); a non-empty spec formats the characters.
class S(str):
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"

s = S("raw")
print(f"{s}", f"{s!s}", f"{s!r}", format(s), "{}".format(s), "%s" % s)
print(f"{s:>5}|", format(s, "<4") + "|", s.__format__(""), str.__format__(s, "^5"))
print(s + "!", s.upper(), [s])
