# An error converting an item of `"..." % (a, b)` is reported at that item (CPython turns
# the expression into an f-string), not at the whole `%`.
class Point:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return "Point(%s)" % (self.y,)


p = Point(1)
print("%-8s| %s" % ("label", p))
