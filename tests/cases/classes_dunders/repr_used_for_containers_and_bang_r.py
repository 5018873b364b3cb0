class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name!r})"

    def __str__(self):
        return f"<{self.name}>"

t = Tag("b")
print(t)
print([t, t])
print({"k": t})
print(f"{t} {t!r} {t!s}")
print("%s %r" % (t, t))
