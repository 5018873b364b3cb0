class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Item({self.name!r})"
    def __str__(self):
        return f"item {self.name}"

class OnlyStr:
    def __str__(self):
        return "only-str"

i = Item("pen")
print(i)
print([i])
print((i,), {"k": i})
print(f"{i} {i!r} {i!s}")
print(str([i]), repr(i), "%s and %r" % (i, i))
o = OnlyStr()
print(o, str(o))
print(format(i), "{}".format(i), "{0!r}".format(i))
