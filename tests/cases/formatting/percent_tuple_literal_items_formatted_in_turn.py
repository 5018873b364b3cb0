# CPython compiles `"..." % (a, b)` with only %s/%r/%a into an f-string: each item is
# evaluated and converted before the next one is evaluated.
class P:
    def __init__(self, n):
        print("eval", n)
        self.n = n

    def __str__(self):
        print("str", self.n)
        return f"P{self.n}"

    def __repr__(self):
        return f"P\u00e9{self.n}"


print("%s and %%, %r / %a" % (P(1), P(2), P(3)))
print("[%5s|%-4s|%.2s|%05s|%+s|%.s]" % ("ab", 1, "xyz", "q", "w", "z"))
# Any other conversion keeps the plain `%`: every item first, then the formatting.
print("%d-%s" % (1, P(4)))
print("%s" % ((1, 2),), "100%%" % ())
